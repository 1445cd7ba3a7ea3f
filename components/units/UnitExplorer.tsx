import { useMemo } from 'react';
import { fromUnitSpec, placeholderDiagram } from '../../lib/unitDiagram';
import type { UnitType } from '../../lib/units';
import { OpDetails } from '../diagram/OpDetails';
import { UnitDiagram } from '../diagram/UnitDiagram';
import { opNotes } from './opText';
import { UnitControls } from './UnitControls';
import { useUnitState } from './useUnitState';

const TITLES = { basic: 'The basic unit (stride 1)', down: 'The spatial down-sampling unit (stride 2)' };

/**
 * Controls + interactive diagram of one unit type; sizes live in the URL. While the reader's
 * sizes describe no unit, the diagram keeps the structure and drops the numbers.
 */
export function UnitExplorer({ type }: { type: UnitType }) {
  const state = useUnitState(type);
  const spec = state.input.spec;
  const model = useMemo(
    () => (spec ? fromUnitSpec(spec, { title: TITLES[type] }) : placeholderDiagram(type, TITLES[type])),
    [spec, type],
  );
  return (
    <div>
      <UnitControls state={state} />
      <UnitDiagram
        model={model}
        details={(node) => {
          const op = node && spec?.ops.find((o) => o.id === node.id);
          return <OpDetails model={model} node={node} notes={op && spec ? opNotes(op, spec) : undefined} />;
        }}
      />
    </div>
  );
}
