/**
 * Checking logic for the book's exercises (components/exercise/Exercise.tsx renders them).
 *
 * Numeric answers are typed by people, so the parser accepts the ways people write numbers:
 * "1234", "1,234", "1 234", "1.2e3", "1.2k", "0.82M", "12.5%". A tolerance decides what counts
 * as right: absolute (|x − a| ≤ abs), relative (|x − a| ≤ rel·|a|) or either.
 */

/** The event every exercise dispatches on `window` when it is checked (for progress tracking). */
export const EXERCISE_EVENT = 'exercise-result';

export interface ExerciseResultDetail {
  id: string;
  correct: boolean;
}

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

const SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

/**
 * Reads a number the way a reader would type it. Commas are thousands separators only in
 * groups of three ("1,234,567"); a lone decimal comma ("1,5") is refused with an explanation
 * rather than guessed. `percent` allows (and strips) a trailing "%".
 */
export function parseNumber(raw: string, options: { percent?: boolean } = {}): ParseResult {
  // Spaces of every width (including thin and no-break spaces) are digit-group separators.
  let s = raw.trim().replace(/[\s\u00a0\u2009\u202f_]/g, '');
  if (s === '') return { ok: false, error: 'Type a number first.' };
  s = s.replace(/^[\u2212\u2013]/, '-'); // typographic minus
  if (s.endsWith('%')) {
    if (!options.percent) return { ok: false, error: 'This answer is not a percentage; leave out the % sign.' };
    s = s.slice(0, -1);
  }
  let scale = 1;
  const last = s.slice(-1);
  if (last in SUFFIX && !/e$/i.test(s.slice(0, -1))) {
    scale = SUFFIX[last];
    s = s.slice(0, -1);
  }
  if (s.includes(',')) {
    if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
    else return { ok: false, error: `"${raw.trim()}" has a comma that is not a thousands separator; use a dot for decimals (1.5, not 1,5).` };
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) {
    return { ok: false, error: `"${raw.trim()}" is not a number I can read. Examples: 1234, 1,234, 1.2e3, 1.2k, 0.5.` };
  }
  const value = Number(s) * scale;
  if (!Number.isFinite(value)) return { ok: false, error: `"${raw.trim()}" is too large.` };
  return { ok: true, value };
}

/** A number means an absolute tolerance; an object may give `abs`, `rel` or both (either suffices). */
export type Tolerance = number | { abs?: number; rel?: number };

/** Default: half a percent relative — enough for rounding, tight enough to tell a wrong formula apart. */
export const DEFAULT_TOLERANCE: Tolerance = { rel: 0.005 };

export function withinTolerance(value: number, answer: number, tolerance: Tolerance = DEFAULT_TOLERANCE): boolean {
  const { abs = 0, rel = 0 } = typeof tolerance === 'number' ? { abs: tolerance } : tolerance;
  const diff = Math.abs(value - answer);
  // A tiny epsilon so that answers like 0.1 + 0.2 are not refused for floating-point noise.
  return diff <= abs + 1e-12 || diff <= rel * Math.abs(answer) + 1e-12;
}

export type NumericVerdict =
  | { status: 'invalid'; message: string }
  | { status: 'correct'; value: number; message: string }
  | { status: 'incorrect'; value: number; message: string };

/** Checks typed input against the answer; the message says how far off a wrong answer is. */
export function checkNumeric(raw: string, answer: number, tolerance: Tolerance = DEFAULT_TOLERANCE, options: { percent?: boolean } = {}): NumericVerdict {
  const parsed = parseNumber(raw, options);
  if (!parsed.ok) return { status: 'invalid', message: parsed.error };
  const { value } = parsed;
  if (withinTolerance(value, answer, tolerance)) return { status: 'correct', value, message: 'Correct.' };
  let message = 'Not quite.';
  if (answer !== 0 && Math.sign(value) === Math.sign(answer)) {
    const ratio = value / answer;
    const powerOfTen = Math.log10(Math.abs(ratio));
    if (Math.abs(powerOfTen - Math.round(powerOfTen)) < 0.02 && Math.round(powerOfTen) !== 0) {
      message = `Not quite: your answer is off by a factor of ${ratio > 1 ? '' : '1/'}${10 ** Math.abs(Math.round(powerOfTen))} — check the units or a power of ten.`;
    } else {
      const off = (ratio - 1) * 100;
      message = `Not quite: your answer is ${Math.abs(off) < 1 ? Math.abs(off).toFixed(2) : Math.abs(off).toFixed(0)}% too ${off > 0 ? 'high' : 'low'}.`;
    }
  } else if (answer !== 0) {
    message = 'Not quite: check the sign.';
  }
  return { status: 'incorrect', value, message };
}

export interface ChoiceOption {
  text: string;
  correct: boolean;
  /** Why this option is right or wrong; shown once the option has been checked. */
  why: string;
}

/** More than one correct option turns the exercise into "select all that apply". */
export function isMultipleChoice(options: readonly ChoiceOption[]): boolean {
  return options.filter((o) => o.correct).length > 1;
}

export function choiceError(options: readonly ChoiceOption[]): string | null {
  if (options.length < 2) return 'A choice exercise needs at least two options.';
  if (!options.some((o) => o.correct)) return 'A choice exercise needs at least one correct option.';
  return null;
}

/** Correct exactly when the selection is the set of correct options. */
export function checkChoice(options: readonly ChoiceOption[], selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  return options.every((o, i) => o.correct === chosen.has(i));
}
