import { useId, type ReactNode } from 'react';
import { NumberField } from './NumberField';
import styles from './Controls.module.css';

export interface RangeFieldProps {
  /** The visible label: the accessible name of the slider and of its number box. */
  label: ReactNode;
  value: number;
  onChange(value: number): void;
  min: number;
  max: number;
  step?: number;
  /** Show a number box beside the slider; it accepts the same range as the slider. */
  numberBox?: boolean;
  /** How messages name the value ("C"). */
  name?: string;
  /** The value as a reader says it ("1 : 4"), shown beside the slider and read by screen readers. */
  valueText?: string;
  /** The slider's own range when it is narrower than the number box's (a slider up to C for g). */
  sliderMax?: number;
  dataField?: string;
}

/**
 * A labelled slider, optionally with its number box: one value, one label, both inputs named by
 * it. Arrow keys move the slider one step per press.
 */
export function RangeField({
  label,
  value,
  onChange,
  min,
  max,
  step = 1,
  numberBox = false,
  name,
  valueText,
  sliderMax,
  dataField,
}: RangeFieldProps) {
  const id = useId();
  const top = sliderMax ?? max;
  return (
    <span className={styles.field}>
      <label id={`${id}-label`} htmlFor={numberBox ? `${id}-number` : `${id}-range`}>
        {label}
      </label>
      {numberBox && (
        <NumberField
          label={label}
          labelledBy={`${id}-label`}
          id={`${id}-number`}
          name={name}
          value={value}
          onChange={onChange}
          min={min}
          max={max}
          step={step}
          dataField={dataField}
        />
      )}
      <input
        id={`${id}-range`}
        type="range"
        className={styles.range}
        min={min}
        max={top}
        step={step}
        value={Math.min(Math.max(value, min), top)}
        aria-labelledby={`${id}-label`}
        aria-valuetext={valueText}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      {!numberBox && (
        <output htmlFor={`${id}-range`} className={styles.output}>
          {valueText ?? value}
        </output>
      )}
    </span>
  );
}

/** A labelled slider over a list of values (ratios, group counts): it moves one entry per arrow press. */
export function ListRange<T>({
  label,
  values,
  value,
  onChange,
  format = String,
}: {
  label: ReactNode;
  values: readonly T[];
  value: T;
  onChange(value: T): void;
  format?: (value: T) => string;
}) {
  const index = Math.max(0, values.indexOf(value));
  return (
    <RangeField
      label={label}
      value={index}
      min={0}
      max={values.length - 1}
      valueText={format(value)}
      onChange={(i) => onChange(values[i])}
    />
  );
}
