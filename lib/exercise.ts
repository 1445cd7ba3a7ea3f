/**
 * Checking logic for the book's exercises (components/exercise renders them; lib/progress keeps the results).
 *
 * Numeric answers are typed by people, so the parser accepts the ways people write numbers:
 * "819200", "819,200", "819 200", "8.192e5", "819.2k", "0.82M", "12.5%". A tolerance decides what counts
 * as right: absolute (|x − a| ≤ abs), relative (|x − a| ≤ rel·|a|) or either. A wrong answer is told how
 * far off it is in words a reader can act on: a percentage for a near miss, a ratio for a big one.
 */

import { checkerMessages } from './exerciseMessages';
import type { Locale } from './i18n';

export type ParseResult = { ok: true; value: number } | { ok: false; error: string };

const SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };
/** How Chinese readers write large numbers ("12万", "3.5亿"); "百万" before "万", which it ends with. */
const CHINESE_SUFFIX: [string, number][] = [
  ['百万', 1e6],
  ['千', 1e3],
  ['万', 1e4],
  ['亿', 1e8],
];

/**
 * Full-width digits and signs (typed by a Chinese input method: "８１９，２００", "１２．５％") as their
 * ASCII forms, and the ideographic full stop an input method types for "." as a decimal point. Only
 * the full-width block: a superscript (10²) must stay unreadable rather than become another number.
 */
function halfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3002/g, '.');
}

/**
 * Reads a number the way a reader would type it. Commas are thousands separators only in
 * groups of three ("1,234,567"); a lone decimal comma ("1,5") is refused with an explanation
 * rather than guessed. `percent` allows (and strips) a trailing "%".
 */
export function parseNumber(raw: string, options: { percent?: boolean } = {}, locale: Locale = 'en'): ParseResult {
  const t = checkerMessages[locale];
  // Spaces of every width (including thin, no-break and ideographic spaces) are digit-group separators.
  let s = halfWidth(raw.trim()).replace(/[\s\u00a0\u2009\u202f\u3000_]/g, '');
  if (s === '') return { ok: false, error: t.typeFirst };
  s = s.replace(/^[\u2212\u2013]/, '-'); // typographic minus
  if (s.endsWith('%')) {
    if (!options.percent) return { ok: false, error: t.notPercent };
    s = s.slice(0, -1);
  }
  let scale = 1;
  const last = s.slice(-1);
  if (last in SUFFIX && !/e$/i.test(s.slice(0, -1))) {
    scale = SUFFIX[last];
    s = s.slice(0, -1);
  } else {
    const chinese = CHINESE_SUFFIX.find(([suffix]) => s.endsWith(suffix));
    if (chinese) {
      scale = chinese[1];
      s = s.slice(0, -chinese[0].length);
    }
  }
  if (s.includes(',')) {
    if (/^[-+]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(s)) s = s.replace(/,/g, '');
    else return { ok: false, error: t.badComma(raw.trim()) };
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) {
    return { ok: false, error: t.notNumber(raw.trim()) };
  }
  const value = Number(s) * scale;
  if (!Number.isFinite(value)) return { ok: false, error: t.tooLarge(raw.trim()) };
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
export function toleranceText(tolerance: Tolerance, locale: Locale = 'en'): string | null {
  const t = checkerMessages[locale];
  const { abs = 0, rel = 0 } = typeof tolerance === 'number' ? { abs: tolerance } : tolerance;
  const parts = [abs > 0 ? formatNumber(abs) : '', rel > 0 ? `${+(rel * 100).toPrecision(3)}%` : ''].filter(Boolean);
  return parts.length ? t.within(parts.join(t.or)) : null;
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

/**
 * Units whose name carries a power of ten: an answer off by exactly that power was probably given in the
 * wrong unit. The Chinese edition's scale words too (a Chinese reader counts in 万 and 亿); its counting
 * units ("个参数", "次乘加", "个通道", "像素", "行" …), like "parameters" or "pixels", carry none, so a miss by
 * a power of ten there gets the general hint.
 */
const UNIT_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  '%': 1e-2,
  千: 1e3,
  万: 1e4,
  百万: 1e6,
  亿: 1e8,
  十亿: 1e9,
};

/** The power of ten a unit's name carries ("million" → 1e6, "百万" → 1e6), or undefined for a counting unit. */
export function unitScale(unit: string): number | undefined {
  return Object.hasOwn(UNIT_SCALE, unit) ? UNIT_SCALE[unit] : undefined;
}

/** Misses within this factor are told as a percentage ("12% too large"); bigger ones as a ratio ("about 800× too small"). */
const NEAR_MISS = 1.5;

/**
 * How far `value` is from `answer`, in words: "12% too large", "about 800× too small", plus a hint when the
 * miss is exactly the power of ten of the unit or some other power of ten (a slipped unit or digit).
 */
export function describeMiss(value: number, answer: number, unit?: string, locale: Locale = 'en'): string {
  const t = checkerMessages[locale];
  if (answer === 0) return value > 0 ? t.answerSmaller : t.answerLarger;
  if (value === 0) return t.notZero;
  if (Math.sign(value) !== Math.sign(answer)) return t.checkSign;
  const ratio = value / answer;
  const tooLarge = ratio > 1;
  if (ratio < NEAR_MISS && ratio > 1 / NEAR_MISS) {
    const off = Math.abs(ratio - 1) * 100;
    const pct = off < 1 ? Number(off.toPrecision(1)) : Math.round(off);
    return t.nearMiss(pct, tooLarge);
  }
  const factor = ratio > 1 ? ratio : 1 / ratio;
  const exponent = Math.log10(factor);
  const isPowerOfTen = exponent >= 1 && Math.abs(exponent - Math.round(exponent)) < 0.01;
  const words = t.farMiss(formatRatio(factor), tooLarge);
  const scale = unit ? unitScale(unit) : undefined;
  if (unit && scale !== undefined && isPowerOfTen && Math.abs(Math.log10(ratio) - Math.log10(scale)) < 0.01) {
    return unit === '%'
      ? words + t.percentHint(formatNumber(value), formatNumber(value * 100))
      : words + t.unitHint(unit, formatNumber(value), formatNumber(value / scale));
  }
  if (isPowerOfTen) return words + t.powerOfTenHint;
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
  locale: Locale = 'en',
): NumericVerdict {
  const t = checkerMessages[locale];
  const parsed = parseNumber(raw, { percent: unit === '%' }, locale);
  if (!parsed.ok) return { status: 'invalid', message: parsed.error };
  const { value } = parsed;
  if (withinTolerance(value, answer, tolerance)) return { status: 'correct', value, message: t.correct };
  return { status: 'incorrect', value, message: t.notQuite(describeMiss(value, answer, unit, locale)) };
}

/** What the checker needs to know of a choice option (the components add its text and explanation). */
export interface ChoiceKey {
  correct: boolean;
}

/** A single-choice question has exactly one right option; a multiple-choice one at least one; both at least two options. */
export function choiceError(options: readonly ChoiceKey[], multiple: boolean, locale: Locale = 'en'): string | null {
  const t = checkerMessages[locale];
  const right = options.filter((o) => o.correct).length;
  if (options.length < 2) return t.tooFewOptions;
  if (multiple && right < 1) return t.multipleNeedsRight;
  if (!multiple && right !== 1) return t.singleNeedsOneRight;
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
export function multipleChoiceMessage(
  options: readonly ChoiceKey[],
  selected: readonly number[],
  locale: Locale = 'en',
): string {
  const t = checkerMessages[locale];
  if (checkChoice(options, selected)) return t.correct;
  const chosen = new Set(selected);
  const wrongChosen = options.some((o, i) => !o.correct && chosen.has(i));
  const rightMissed = options.some((o, i) => o.correct && !chosen.has(i));
  if (wrongChosen && rightMissed) return t.wrongAndMissing;
  if (wrongChosen) return t.wrongChosen;
  return t.rightMissing;
}
