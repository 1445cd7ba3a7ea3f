import type { UnitField, UnitState } from './useUnitState';

const FIELDS: Record<'basic' | 'down', { field: UnitField; label: string }[]> = {
  basic: [{ field: 'cin', label: 'channels C' }, { field: 'h', label: 'height H' }, { field: 'w', label: 'width W' }],
  down: [
    { field: 'cin', label: 'input channels C_in' },
    { field: 'cout', label: 'output channels C_out' },
    { field: 'h', label: 'height H' },
    { field: 'w', label: 'width W' },
  ],
};

/** Number inputs for a unit's dimensions, plus the explanation when they do not make a unit. */
export function UnitControls({ state }: { state: UnitState }) {
  return (
    <>
      <div className="control-row">
        {FIELDS[state.type].map(({ field, label }) => (
          <label key={field}>
            {label}
            <input
              type="number"
              min={1}
              step={1}
              value={state.raw[field]}
              data-field={field}
              aria-invalid={state.input.error !== null}
              onChange={(e) => state.set(field, e.target.value)}
            />
          </label>
        ))}
      </div>
      {state.input.error && <p className="error-note" role="alert">{state.input.error}</p>}
    </>
  );
}
