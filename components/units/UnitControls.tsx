import { ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import type { UnitField, UnitState } from './useUnitState';

const FIELDS: Record<'basic' | 'down', { field: UnitField; label: string; name: string }[]> = {
  basic: [
    { field: 'cin', label: 'channels C', name: 'C' },
    { field: 'h', label: 'height H', name: 'H' },
    { field: 'w', label: 'width W', name: 'W' },
  ],
  down: [
    { field: 'cin', label: 'input channels C_in', name: 'C_in' },
    { field: 'cout', label: 'output channels C_out', name: 'C_out' },
    { field: 'h', label: 'height H', name: 'H' },
    { field: 'w', label: 'width W', name: 'W' },
  ],
};

/** Number fields for a unit's dimensions, plus the explanation when they do not make a unit. */
export function UnitControls({ state }: { state: UnitState }) {
  return (
    <>
      <ControlRow>
        {FIELDS[state.type].map(({ field, label, name }) => (
          <NumberField
            key={field}
            label={label}
            name={name}
            value={state.values[field]}
            min={state.limits[field].min}
            max={state.limits[field].max}
            dataField={field}
            invalid={state.input.error !== null}
            onChange={(v) => state.set(field, v)}
          />
        ))}
      </ControlRow>
      {state.input.error && (
        <p className="error-note" role="alert">
          {state.input.error}
        </p>
      )}
    </>
  );
}
