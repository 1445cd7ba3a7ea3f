import { useId, useState, type ReactNode } from 'react';
import styles from './Controls.module.css';
import type { Locale } from '../../lib/i18n';
import { useLocale } from '../i18n/locale';
import { controlsMessages } from './controlsMessages';

export interface NumberFieldProps {
  /** The visible label; it is also the field's accessible name. */
  label: ReactNode;
  /** The value in use (the committed one; the field may show a rejected draft while the reader types). */
  value: number;
  onChange(value: number): void;
  min: number;
  max: number;
  step?: number;
  /** How messages name the value ("C"); defaults to the label when it is text. */
  name?: string;
  /** Label the input by another element (a RangeField's shared label) instead of showing one. */
  labelledBy?: string;
  id?: string;
  dataField?: string;
  /** Marks the value invalid for a reason the cell explains (e.g. an odd C): the field keeps it. */
  invalid?: boolean;
  /** accepts decimals (e.g. a normalisation's mean 0.485), not only whole numbers */
  decimal?: boolean;
}

/** Why `text` cannot be used, or null when it is a whole number in [min, max]. */
export function rejectNumber(
  text: string,
  min: number,
  max: number,
  name: string,
  decimal = false,
  locale: Locale = 'en',
): string | null {
  const m = controlsMessages[locale];
  const t = text.trim();
  if (t === '') return m.enterValue(name);
  if (decimal ? !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) : !/^[+-]?\d+$/.test(t)) return m.notNumber(name, decimal, t);
  const n = Number(t);
  if (n < min || n > max) return m.outOfRange(name, min, max, n);
  return null;
}

/**
 * A labelled whole-number field. What the reader types is kept as typed; a value that is not a
 * whole number in range is not used: the cell keeps the previous value, and the field says why
 * until it is corrected (or left, when it shows the value in use again).
 */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 1,
  name,
  labelledBy,
  id,
  dataField,
  invalid,
  decimal = false,
}: NumberFieldProps) {
  const ownId = useId();
  const inputId = id ?? `${ownId}-input`;
  const [draft, setDraft] = useState<string | null>(null);
  const locale = useLocale();
  const who = name ?? (typeof label === 'string' ? label : controlsMessages[locale].theValue);
  const reason = draft === null ? null : rejectNumber(draft, min, max, who, decimal, locale);
  // A valid draft that no longer matches the value (changed elsewhere, e.g. its slider or Back) gives way to it.
  const shown = draft !== null && (reason !== null || Number(draft) === value) ? draft : String(value);

  const input = (
    <input
      id={inputId}
      type="number"
      inputMode={decimal ? 'decimal' : 'numeric'}
      min={min}
      max={max}
      step={step}
      value={shown}
      data-field={dataField}
      aria-labelledby={labelledBy}
      aria-invalid={reason !== null || invalid ? true : undefined}
      aria-describedby={reason ? `${ownId}-why` : undefined}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        if (rejectNumber(text, min, max, who, decimal, locale) === null) onChange(Number(text.trim()));
      }}
      onBlur={() => setDraft(null)}
    />
  );
  return (
    <span className={reason ? `${styles.field} ${styles.refusing}` : styles.field}>
      {labelledBy ? (
        input
      ) : (
        <>
          <label htmlFor={inputId}>{label}</label>
          {input}
        </>
      )}
      {reason && (
        <span id={`${ownId}-why`} className={styles.rejected} role="status">
          {reason} Still using {who} = {value}.
        </span>
      )}
    </span>
  );
}
