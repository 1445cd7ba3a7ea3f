import { useMemo, useState } from 'react';
import type { ManifestUnit } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { fromManifestUnit, type HighlightTarget } from '../../lib/unitDiagram';
import { UnitDiagram } from '../diagram/UnitDiagram';
import { BranchesView } from './BranchesView';
import { ColorScale } from '../charts/ColorScale';
import type { HeadingLevel } from './SectionHeading';
import { ShuffleView } from './ShuffleView';
import { useUnitMaps, type UnitPart } from './unitTensors';
import { useLocale, useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './UnitView.module.css';

interface UnitViewProps {
  unit: ManifestUnit;
  /** the tensors of one forward pass (undefined before the model has run) */
  tensors: Record<string, PlainTensor> | undefined;
  /** 'split': input halves and the two outputs only; 'full': diagram, branches, concat and shuffle */
  show?: 'split' | 'full';
  maxWidth?: number;
  /** level of the section headings: 4 under an h3 (the explorer), 3 directly in a chapter section */
  headingLevel?: HeadingLevel;
}

/**
 * One unit of the live network: its diagram (drawn from the manifest) beside the real tensors,
 * all on one colour scale. Pointing at or focusing a group of maps highlights its part of the diagram.
 */
export function UnitView({ unit, tensors, show = 'full', maxWidth = 500, headingLevel = 4 }: UnitViewProps) {
  const t = useMessages(modelMessages);
  const maps = useUnitMaps(tensors, unit);
  const [part, setPart] = useState<UnitPart[] | null>(null);
  const locale = useLocale();
  const model = useMemo(() => fromManifestUnit(unit, { locale }), [unit, locale]);
  // The shuffle's maps are the unit's output: pointing at them lights the output tensor too.
  const highlight = useMemo<HighlightTarget[]>(
    () => (part ?? []).flatMap((p) => (p === 'shuffle' ? ['shuffle', 'output'] : [p])),
    [part],
  );
  // before the run the scale's room is kept (hidden), so the maps arriving do not push the page down
  const scale = maps ? (
    <ColorScale domain={maps.domain} label={t.scaleLabel} />
  ) : (
    <div style={{ visibility: 'hidden' }} aria-hidden="true">
      <ColorScale domain={[0, 1]} label={t.scaleLabel} />
    </div>
  );
  if (show === 'split') {
    return (
      <div className={styles.views} data-unit-view={unit.name}>
        {scale}
        <BranchesView unit={unit} maps={maps} maxWidth={maxWidth} headingLevel={headingLevel} />
      </div>
    );
  }
  return (
    <div className={styles.wrap} data-unit-view={unit.name}>
      <div className={styles.layout}>
        <div className={styles.diagram}>
          <UnitDiagram model={model} highlight={highlight} />
          {scale}
        </div>
        <div className={styles.views}>
          <BranchesView unit={unit} maps={maps} maxWidth={maxWidth} onPart={setPart} headingLevel={headingLevel} />
          <ShuffleView unit={unit} maps={maps} maxWidth={maxWidth} onPart={setPart} headingLevel={headingLevel} />
        </div>
      </div>
    </div>
  );
}
