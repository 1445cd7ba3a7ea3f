/**
 * Codecs between a widget's value and its URL query parameter. Parsing never throws: a value
 * that cannot be read (hand-edited URL, old link) falls back to the default, and the widget
 * explains nothing because nothing went wrong for the reader.
 */
export interface Codec<T> {
  defaultValue: T;
  parse(raw: string | undefined): T;
  format(value: T): string;
}

export function intParam(defaultValue: number, min = -Infinity, max = Infinity): Codec<number> {
  return {
    defaultValue,
    parse(raw) {
      if (raw === undefined || !/^-?\d+$/.test(raw)) return defaultValue;
      const n = Number(raw);
      return n >= min && n <= max ? n : defaultValue;
    },
    format: (v) => String(Math.round(v)),
  };
}

export function floatParam(defaultValue: number, min = -Infinity, max = Infinity): Codec<number> {
  return {
    defaultValue,
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
    parse: (raw) => (values as readonly string[]).includes(raw ?? '') ? (raw as T) : defaultValue,
    format: (v) => v,
  };
}

export function boolParam(defaultValue: boolean): Codec<boolean> {
  return {
    defaultValue,
    parse: (raw) => (raw === '1' ? true : raw === '0' ? false : defaultValue),
    format: (v) => (v ? '1' : '0'),
  };
}

/** Free text (e.g. a value the reader typed that may be invalid and must be explained). */
export function stringParam(defaultValue: string, maxLength = 64): Codec<string> {
  return {
    defaultValue,
    parse: (raw) => (raw === undefined ? defaultValue : raw.slice(0, maxLength)),
    format: (v) => v,
  };
}

/** The next query: `key` set to `value`, or removed when it equals the default (short URLs). */
export function withParam<T>(
  query: Record<string, string | string[] | undefined>,
  key: string,
  codec: Codec<T>,
  value: T,
): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    if (typeof v === 'string') next[k] = v;
    else if (Array.isArray(v) && v.length) next[k] = v[0];
  }
  const formatted = codec.format(value);
  if (formatted === codec.format(codec.defaultValue)) delete next[key];
  else next[key] = formatted;
  return next;
}

/** Gestures (dragging a slider) produce many updates; only the first in a burst adds a history entry. */
export const HISTORY_BURST_MS = 600;
