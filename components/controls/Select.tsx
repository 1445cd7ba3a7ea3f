import { useId, type ReactNode } from 'react';
import styles from './Controls.module.css';

export interface SelectProps<T extends string | number> {
  /** The visible label, which is also the select's accessible name. */
  label: ReactNode;
  value: T;
  /** an option can be disabled where it does not apply (it stays visible, so the reader sees it exists) */
  options: readonly { value: T; label: ReactNode; disabled?: boolean }[];
  onChange(value: T): void;
  disabled?: boolean;
}

/** A labelled choice among a few options; the option's value keeps its type (number or text). */
export function Select<T extends string | number>({ label, value, options, onChange, disabled }: SelectProps<T>) {
  const id = useId();
  return (
    <span className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(value)}
        disabled={disabled}
        onChange={(e) => {
          const picked = options.find((o) => String(o.value) === e.target.value);
          if (picked) onChange(picked.value);
        }}>
        {options.map((o) => (
          <option key={String(o.value)} value={String(o.value)} disabled={o.disabled}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}
