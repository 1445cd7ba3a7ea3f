/**
 * Checking logic for the book's exercises (components/exercise renders them; lib/progress keeps the results).
 *
 * Numeric answers are typed by people, so the parser accepts the ways people write numbers:
 * "819200", "819,200", "819 200", "8.192e5", "819.2k", "0.82M", "12.5%". A tolerance decides what counts
 * as right: absolute (|x − a| ≤ abs), relative (|x − a| ≤ rel·|a|) or either. A wrong answer is told how
 * far off it is in words a reader can act on: a percentage for a near miss, a ratio for a big one.
 */

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
    else
      return {
        ok: false,
        error: `"${raw.trim()}" has a comma that is not a thousands separator; use a dot for decimals (1.5, not 1,5).`,
      };
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) {
    return {
      ok: false,
      error: `"${raw.trim()}" is not a number I can read. Type digits only (the unit is given); for example 1234, 1,234, 1.2e3 or 1.2k.`,
    };
  }
  const value = Number(s) * scale;
  if (!Number.isFinite(value)) return { ok: false, error: `"${raw.trim()}" is too large.` };
  return { ok: true, value };
}

/** A number means an absolute tolerance; an object may give `abs`, `rel` or both (either suffices). */
export type Tolerance = number | { abs?: number; rel?: number };

/** Default: exact (up to floating-point noise). Exercises whose answer is rounded say how much slack they allow. */
export const DEFAULT_TOLERANCE: Tolerance = 0;

export function withinTolerance(value: number, answer: number, tolerance: Tolerance = DEFAULT_TOLERANCE): boolean {
  const { abs = 0, rel = 0 } = typeof tolerance === 'number' ? { abs: tolerance } : tolerance;
  const diff = Math.abs(value - answer);
  // A tiny relative epsilon so that answers like 0.1 + 0.2 are not refused for floating-point noise.
  const noise = 1e-9 * Math.max(1, Math.abs(answer));
  return diff <= abs + noise || diff <= rel * Math.abs(answer) + noise;
}

/** The slack a tolerance allows, in words ("within 0.01", "within 0.5%"), or null for an exact answer. */
export function toleranceText(tolerance: Tolerance): string | null {
  const { abs = 0, rel = 0 } = typeof tolerance === 'number' ? { abs: tolerance } : tolerance;
  const parts = [abs > 0 ? formatNumber(abs) : '', rel > 0 ? `${+(rel * 100).toPrecision(3)}%` : ''].filter(Boolean);
  return parts.length ? `within ${parts.join(' or ')}` : null;
}

/** Whole numbers with grouped digits, others with up to 4 significant digits: how answers are shown. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return Number(n.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 10 });
}

/** A ratio as a reader says it: "800", "2.5", "1,000". */
function formatRatio(r: number): string {
  return Number(r.toPrecision(2)).toLocaleString('en-US');
}

/** Units whose name carries a power of ten: an answer off by exactly that power was probably given in the wrong unit. */
const UNIT_SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, '%': 1e-2 };

/** Misses within this factor are told as a percentage ("12% too large"); bigger ones as a ratio ("about 800× too small"). */
const NEAR_MISS = 1.5;

/**
 * How far `value` is from `answer`, in words: "12% too large", "about 800× too small", plus a hint when the
 * miss is exactly the power of ten of the unit or some other power of ten (a slipped unit or digit).
 */
export function describeMiss(value: number, answer: number, unit?: string): string {
  if (answer === 0) return value > 0 ? 'The answer is smaller.' : 'The answer is larger.';
  if (value === 0) return `The answer is not zero.`;
  if (Math.sign(value) !== Math.sign(answer)) return 'Check the sign.';
  const ratio = value / answer;
  const direction = ratio > 1 ? 'too large' : 'too small';
  if (ratio < NEAR_MISS && ratio > 1 / NEAR_MISS) {
    const off = Math.abs(ratio - 1) * 100;
    const pct = off < 1 ? Number(off.toPrecision(1)) : Math.round(off);
    return `Your answer is ${pct}% ${direction}.`;
  }
  const factor = ratio > 1 ? ratio : 1 / ratio;
  const exponent = Math.log10(factor);
  const isPowerOfTen = exponent >= 1 && Math.abs(exponent - Math.round(exponent)) < 0.01;
  const words = `Your answer is about ${formatRatio(factor)}× ${direction}.`;
  const scale = unit ? UNIT_SCALE[unit] : undefined;
  if (scale !== undefined && isPowerOfTen && Math.abs(Math.log10(ratio) - Math.log10(scale)) < 0.01) {
    return unit === '%'
      ? `${words} The answer is a percentage: ${formatNumber(value)} as a percentage is ${formatNumber(value * 100)}%.`
      : `${words} The answer is asked in ${unit}s: ${formatNumber(value)} is ${formatNumber(value / scale)} ${unit}.`;
  }
  if (isPowerOfTen) return `${words} Check the units, or a power of ten.`;
  return words;
}

export type NumericVerdict =
  | { status: 'invalid'; message: string }
  | { status: 'correct'; value: number; message: string }
  | { status: 'incorrect'; value: number; message: string };

/** Checks typed input against the answer; the message says how far off a wrong answer is. */
export function checkNumeric(
  raw: string,
  answer: number,
  tolerance: Tolerance = DEFAULT_TOLERANCE,
  unit?: string,
): NumericVerdict {
  const parsed = parseNumber(raw, { percent: unit === '%' });
  if (!parsed.ok) return { status: 'invalid', message: parsed.error };
  const { value } = parsed;
  if (withinTolerance(value, answer, tolerance)) return { status: 'correct', value, message: 'Correct.' };
  return { status: 'incorrect', value, message: `Not quite. ${describeMiss(value, answer, unit)}` };
}

/** What the checker needs to know of a choice option (the components add its text and explanation). */
export interface ChoiceKey {
  correct: boolean;
}

/** A single-choice question has exactly one right option; a multiple-choice one at least one; both at least two options. */
export function choiceError(options: readonly ChoiceKey[], multiple: boolean): string | null {
  const right = options.filter((o) => o.correct).length;
  if (options.length < 2) return 'A choice exercise needs at least two options.';
  if (multiple && right < 1) return 'A multiple-choice exercise needs at least one correct option.';
  if (!multiple && right !== 1) return 'A single-choice exercise needs exactly one correct option.';
  return null;
}

/** Correct exactly when the selection is the set of correct options. */
export function checkChoice(options: readonly ChoiceKey[], selected: readonly number[]): boolean {
  const chosen = new Set(selected);
  return options.every((o, i) => o.correct === chosen.has(i));
}

/**
 * The verdict on a multiple-choice selection, in words: which kind of mistake it has
 * (wrong options chosen, right ones missing, or both), never a count that gives the answer away.
 */
export function multipleChoiceMessage(options: readonly ChoiceKey[], selected: readonly number[]): string {
  if (checkChoice(options, selected)) return 'Correct.';
  const chosen = new Set(selected);
  const wrongChosen = options.some((o, i) => !o.correct && chosen.has(i));
  const rightMissed = options.some((o, i) => o.correct && !chosen.has(i));
  if (wrongChosen && rightMissed) return 'Not quite: some of your choices are wrong, and a right option is missing.';
  if (wrongChosen) return 'Not quite: your choices include a wrong one. Its explanation says why.';
  return 'Not quite: everything you chose is right, but a right option is missing.';
}
