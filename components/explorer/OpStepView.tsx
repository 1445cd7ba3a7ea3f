import { useMemo, useState } from 'react';
import { schemeLut } from '../../lib/colorMaps';
import { asMaps, sharedDomain, type MapTensor } from '../../lib/featureMaps';
import { formatShape } from '../../lib/format';
import type { ModelManifest, OutputValues } from '../../lib/manifest';
import type { Contrast } from '../../lib/mapView';
import { PHONE_WIDTH } from '../../lib/mapView';
import type { PlainTensor } from '../../lib/ort';
import { colors } from '../../lib/palette';
import { tensorTitle, type Step } from '../../lib/steps';
import { fromManifestUnit, manifestTensorNodes } from '../../lib/unitDiagram';
import { UnitDiagram } from '../diagram/UnitDiagram';
import { ShuffleView } from '../model/ShuffleView';
import { useUnitMaps } from '../model/unitTensors';
import { TensorMaps } from './TensorMaps';
import { useLocale, useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

type Tensors = Record<string, PlainTensor> | undefined;

export interface OpStepViewProps {
  step: Step;
  steps: readonly Step[];
  tensors: Tensors;
  manifest: ModelManifest;
  width: number;
  contrast: Contrast;
  onOpen(name: string, channel: number, row: number, col: number): void;
  onStep(index: number): void;
  compact?: boolean;
}

const repeat = <T,>(n: number, v: T): T[] => Array.from({ length: n }, () => v);
const PATH_FRAME = { left: colors.identity, right: colors.branch } as const;

/**
 * One op inside a unit: the unit's diagram with the op lit, what the op reads and what it makes.
 * The diagram and the maps are linked: pointing at an op lights its maps, pointing at maps lights
 * their op, clicking an op goes to its step.
 */
export function OpStepView({
  step,
  steps,
  tensors,
  manifest,
  width,
  contrast,
  onOpen,
  onStep,
  compact,
}: OpStepViewProps) {
  const unit = step.unit!;
  const t = useMessages(explorerMessages);
  const op = step.op!;
  const locale = useLocale();
  const model = useMemo(() => fromManifestUnit(unit, { locale }), [unit, locale]);
  const nodes = useMemo(() => manifestTensorNodes(unit), [unit]);
  const [hoverNode, setHoverNode] = useState<string | null>(null);
  const [hoverTensor, setHoverTensor] = useState<string | null>(null);
  const unitMaps = useUnitMaps(tensors, unit);
  const specOf = (name: string) => manifest.outputs.find((o) => o.name === name);
  const valuesOf = (name: string): OutputValues | 'input' =>
    specOf(name)?.layer?.values ?? (name === manifest.input.name ? 'input' : 'nonnegative');
  const mapsOf = (name: string): MapTensor | null =>
    tensors?.[name] ? asMaps(tensors[name].data, tensors[name].dims) : null;
  const phone = width < PHONE_WIDTH;
  const diagramWidth = phone || compact ? 0 : Math.min(320, Math.round(width * 0.3));
  const mapsWidth = Math.max(240, width - diagramWidth - (diagramWidth ? 24 : 0));

  const inputs = op.op === 'split' ? [unit.input] : op.inputs;
  const outputs = step.tensors;
  const all = [...inputs, ...outputs];
  const present = all.map(mapsOf);
  // one shared scale for the grids with the same kind of values (a signed depthwise output has its own)
  const shared = useMemo(() => {
    const byKind = new Map<string, [number, number]>();
    all.forEach((n, i) => {
      const m = present[i];
      if (!m) return;
      const k = valuesOf(n);
      byKind.set(k, sharedDomain([...(byKind.has(k) ? [byKind.get(k)!] : []), m.data]));
    });
    return byKind;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tensors, step]);

  const lit = (name: string) => hoverTensor === name || (hoverNode !== null && nodes[name] === hoverNode);
  const framesFor = (name: string, channels: number): (string | null)[] | undefined => {
    if (name === unit.input && op.op === 'split') {
      const half = channels / 2;
      return [...repeat(half, colors.identity), ...repeat(channels - half, colors.branch)];
    }
    const spec = specOf(name);
    const path = spec?.layer?.path;
    if (path === 'left' || path === 'right') return repeat(channels, PATH_FRAME[path]);
    if (spec?.role === 'concat')
      return [...repeat(channels / 2, colors.identity), ...repeat(channels / 2, colors.branch)];
    return undefined;
  };
  const grid = (name: string, label: string, half = false) => {
    const m = mapsOf(name);
    return (
      <TensorMaps
        key={name}
        name={name}
        tensor={m}
        values={valuesOf(name)}
        label={label}
        detail={m && <span className={styles.shapes}>{formatShape([m.channels, m.height, m.width])}</span>}
        width={half && !phone ? Math.floor((mapsWidth - 24) / 2) : mapsWidth}
        contrast={contrast}
        shared={shared.get(valuesOf(name))}
        frames={m ? framesFor(name, m.channels) : undefined}
        lit={lit(name)}
        onHover={(h) => setHoverTensor(h ? name : null)}
        onOpen={onOpen}
        phone={phone}
      />
    );
  };
  // tensors in reader's words: 'untouched half', 'branch · 1×1 conv'; the unit's input says where it comes from
  const nameOf = (n: string) =>
    n === unit.input ? t.unitInput(tensorTitle(n, locale, unit)) : tensorTitle(n, locale, unit);
  const highlight = [hoverTensor ? nodes[hoverTensor] : null, hoverNode, op.node].filter((x): x is string => !!x);
  const activate = (id: string) => {
    const target = steps.findIndex((s) => s.unit?.name === unit.name && s.op?.node === id);
    if (target >= 0) onStep(target);
  };

  let body;
  if (op.op === 'shuffle') {
    body = (
      <ShuffleView
        unit={unit}
        maps={unitMaps}
        maxWidth={mapsWidth}
        headingLevel={compact ? 4 : 3}
        part="shuffle"
        lut={schemeLut('sequential')}
      />
    );
  } else {
    const inputGrids = inputs.map((n) => grid(n, t.inLabel(nameOf(n)), inputs.length > 1));
    const outputGrids = outputs.map((n) => grid(n, t.outLabel(nameOf(n)), outputs.length > 1));
    body = (
      <>
        {phone ? (
          <details className={styles.inputs}>
            <summary>{t.opReads(inputs.map(nameOf))}</summary>
            {inputGrids}
          </details>
        ) : (
          <div className={styles.pairRow}>{inputGrids}</div>
        )}
        <p className={styles.arrow} aria-hidden="true">
          ↓ {op.label}
        </p>
        <div className={styles.pairRow}>{outputGrids}</div>
      </>
    );
  }
  return (
    <div className={styles.opStep} data-op-step={op.op}>
      {diagramWidth > 0 && (
        <div className={styles.opDiagram} style={{ width: diagramWidth }}>
          <UnitDiagram
            model={model}
            highlight={highlight}
            current={op.node}
            onNodeHover={setHoverNode}
            onNodeActivate={activate}
          />
        </div>
      )}
      <div className={styles.opMaps} style={{ width: mapsWidth }}>
        {body}
      </div>
    </div>
  );
}
