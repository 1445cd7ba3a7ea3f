import type { CustomField, CustomWidth } from './useCustomWidth';

const FIELDS: { field: CustomField; label: string }[] = [
  { field: 's2', label: 'Stage2' },
  { field: 's3', label: 'Stage3' },
  { field: 's4', label: 'Stage4' },
  { field: 'c5', label: 'Conv5' },
];

export function CustomWidthControls({ custom }: { custom: CustomWidth }) {
  return (
    <>
      <div className="control-row" role="group" aria-label="Output channels of your own width">
        <span>your width — output channels of</span>
        {FIELDS.map(({ field, label }) => (
          <label key={field}>
            {label}
            <input type="number" min={2} step={field === 'c5' ? 1 : 2} value={custom.raw[field]} data-field={field}
              aria-invalid={custom.error !== null} onChange={(e) => custom.set(field, e.target.value)} />
          </label>
        ))}
      </div>
      {custom.error && <p className="error-note" role="alert">{custom.error}</p>}
    </>
  );
}
