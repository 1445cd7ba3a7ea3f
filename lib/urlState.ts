/**
 * Codecs between a widget's value and its URL query parameter. Parsing never throws: a value
 * that cannot be read (hand-edited URL, old link) falls back to the default. Values the reader
 * types are checked by the field before they reach the URL (components/controls/NumberField).
 */
export interface Codec<T> {
  defaultValue: T;
  /** What the codec accepts, as text: two declarations of one key must agree on it (lib/urlKeys.ts). */
  spec: string;
  parse(raw: string | undefined): T;
  format(value: T): string;
}

/** A whole number in [min, max]; the bounds are exposed so a number field accepts exactly what the URL does. */
export interface IntCodec extends Codec<number> {
  min: number;
  max: number;
}

export function intParam(defaultValue: number, min = -Infinity, max = Infinity): IntCodec {
  return {
    defaultValue,
    min,
    max,
    spec: `int ${defaultValue} in [${min}, ${max}]`,
    parse(raw) {
      // Spaces around a number (a hand-typed link) are ignored, so the field shows the number that is used.
      const text = raw?.trim();
      if (text === undefined || !/^-?\d+$/.test(text)) return defaultValue;
      const n = Number(text);
      return n >= min && n <= max ? n : defaultValue;
    },
    format: (v) => String(Math.round(v)),
  };
}

export function floatParam(defaultValue: number, min = -Infinity, max = Infinity): Codec<number> {
  return {
    defaultValue,
    spec: `float ${defaultValue} in [${min}, ${max}]`,
    parse(raw) {
      if (raw === undefined || raw.trim() === '') return defaultValue;
      const n = Number(raw);
      return Number.isFinite(n) && n >= min && n <= max ? n : defaultValue;
    },
    format: (v) => String(Number(v.toPrecision(6))),
  };
}

export function enumParam<T extends string>(values: readonly T[], defaultValue: T): Codec<T> {
  return {
    defaultValue,
    spec: `enum ${defaultValue} of ${values.join('|')}`,
    parse: (raw) => ((values as readonly string[]).includes(raw ?? '') ? (raw as T) : defaultValue),
    format: (v) => v,
  };
}

export function boolParam(defaultValue: boolean): Codec<boolean> {
  return {
    defaultValue,
    spec: `bool ${defaultValue}`,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : defaultValue),
    format: (v) => (v ? '1' : '0'),
  };
}

/**
 * Free text (e.g. a value the reader typed that may be invalid and must be explained). Never
 * shortened: a cell that cannot use a long value says so instead.
 */
export function stringParam(defaultValue: string): Codec<string> {
  return {
    defaultValue,
    spec: `text ${defaultValue}`,
    parse: (raw) => (raw === undefined ? defaultValue : raw),
    format: (v) => v,
  };
}

/** The text a value is kept as in the URL, or undefined when it equals the default (short URLs). */
export function formatParam<T>(codec: Codec<T>, value: T): string | undefined {
  const formatted = codec.format(value);
  return formatted === codec.format(codec.defaultValue) ? undefined : formatted;
}

/** Gestures (dragging a slider) produce many updates; only the first in a burst adds a history entry. */
export const HISTORY_BURST_MS = 600;
