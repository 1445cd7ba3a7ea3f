import { ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import type { CustomField, CustomWidth } from './useCustomWidth';
import { useMessages } from '../i18n/locale';
import { networkCellMessages } from './networkMessages';

const FIELDS: { field: CustomField; label: string }[] = [
  { field: 's2', label: 'Stage2' },
  { field: 's3', label: 'Stage3' },
  { field: 's4', label: 'Stage4' },
  { field: 'c5', label: 'Conv5' },
];

export function CustomWidthControls({ custom }: { custom: CustomWidth }) {
  const t = useMessages(networkCellMessages);
  return (
    <>
      <ControlRow label={t.ownWidthGroup}>
        <span>{t.ownWidthLead}</span>
        {FIELDS.map(({ field, label }) => (
          <NumberField
            key={field}
            label={label}
            value={custom.values[field]}
            min={custom.limits[field].min}
            max={custom.limits[field].max}
            step={field === 'c5' ? 1 : 2}
            dataField={field}
            invalid={custom.error !== null}
            onChange={(v) => custom.set(field, v)}
          />
        ))}
      </ControlRow>
      {custom.error && (
        <p className="error-note" role="alert">
          {custom.error}
        </p>
      )}
    </>
  );
}
