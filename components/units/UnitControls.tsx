import { ControlPair, ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import { useMessages } from '../i18n/locale';
import { unitCellMessages } from './unitsMessages';
import type { UnitField, UnitState } from './useUnitState';

type FieldLabel = 'fieldChannels' | 'fieldHeight' | 'fieldWidth' | 'fieldChannelsIn' | 'fieldChannelsOut';

const FIELDS: Record<'basic' | 'down', { field: UnitField; label: FieldLabel; name: string }[]> = {
  basic: [
    { field: 'cin', label: 'fieldChannels', name: 'C' },
    { field: 'h', label: 'fieldHeight', name: 'H' },
    { field: 'w', label: 'fieldWidth', name: 'W' },
  ],
  down: [
    { field: 'cin', label: 'fieldChannelsIn', name: 'C_in' },
    { field: 'cout', label: 'fieldChannelsOut', name: 'C_out' },
    { field: 'h', label: 'fieldHeight', name: 'H' },
    { field: 'w', label: 'fieldWidth', name: 'W' },
  ],
};

/** Number fields for a unit's dimensions, plus the explanation when they do not make a unit. */
export function UnitControls({ state }: { state: UnitState }) {
  const t = useMessages(unitCellMessages);
  const numberField = (field: UnitField) => {
    const { label, name } = FIELDS[state.type].find((f) => f.field === field)!;
    return (
      <NumberField
        key={field}
        label={t[label]}
        name={name}
        value={state.values[field]}
        min={state.limits[field].min}
        max={state.limits[field].max}
        dataField={field}
        invalid={state.input.error !== null}
        onChange={(v) => state.set(field, v)}
      />
    );
  };
  return (
    <>
      <ControlRow>
        {FIELDS[state.type]
          .filter(({ field }) => field !== 'h' && field !== 'w')
          .map(({ field }) => numberField(field))}
        {/* the feature map's height and width wrap together */}
        <ControlPair>{(['h', 'w'] as const).map(numberField)}</ControlPair>
      </ControlRow>
      {state.input.error && (
        <p className="error-note" role="alert">
          {state.input.error}
        </p>
      )}
    </>
  );
}
