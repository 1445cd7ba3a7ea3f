import { useMemo } from 'react';
import { fromUnitSpec, placeholderDiagram } from '../../lib/unitDiagram';
import type { UnitType } from '../../lib/units';
import { OpDetails } from '../diagram/OpDetails';
import { UnitDiagram } from '../diagram/UnitDiagram';
import { useLocale } from '../i18n/locale';
import { opNotes } from './opText';
import { unitCellMessages } from './unitsMessages';
import { UnitControls } from './UnitControls';
import { useUnitState } from './useUnitState';

/**
 * Controls + interactive diagram of one unit type; sizes live in the URL. While the reader's
 * sizes describe no unit, the diagram keeps the structure and drops the numbers.
 */
export function UnitExplorer({ type }: { type: UnitType }) {
  const state = useUnitState(type);
  const spec = state.input.spec;
  const locale = useLocale();
  const model = useMemo(() => {
    const t = unitCellMessages[locale];
    const title = type === 'basic' ? t.basicExplorerTitle : t.downExplorerTitle;
    return spec ? fromUnitSpec(spec, { title, locale }) : placeholderDiagram(type, title, locale);
  }, [spec, type, locale]);
  return (
    <div>
      <UnitControls state={state} />
      <UnitDiagram
        model={model}
        details={(node) => {
          const op = node && spec?.ops.find((o) => o.id === node.id);
          return (
            <OpDetails
              model={model}
              node={node}
              notes={op && spec ? opNotes(op, spec, unitCellMessages[locale]) : undefined}
            />
          );
        }}
      />
    </div>
  );
}
