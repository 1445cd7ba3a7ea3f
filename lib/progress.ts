/**
 * A reader's exercise progress, kept in the browser's localStorage and nowhere else.
 *
 * Every exercise in the book — the review chapter's and any other chapter's — announces an
 * answer by dispatching `new CustomEvent('exercise-result', { detail: { id, correct } })` on
 * `window`. One listener per page (installed by `listenForResults`) records the latest result
 * per exercise id and then dispatches 'progress-change' so views can re-read it.
 *
 * No React and no DOM globals here: storage and the event target are passed in, so this file
 * runs (and is tested) in node as well.
 */

export const PROGRESS_STORAGE_KEY = 'shufflenetv2-book:progress';
export const RESULT_EVENT = 'exercise-result';
export const PROGRESS_CHANGE_EVENT = 'progress-change';
export const PROGRESS_CLEARED_EVENT = 'progress-cleared';

export interface ExerciseResult {
  id: string;
  correct: boolean;
}

export interface ExerciseRecord {
  /** whether the latest answer was right */
  correct: boolean;
  /** answers checked so far */
  attempts: number;
  /** ms since epoch of the latest answer */
  updated: number;
}

export type Progress = Readonly<Record<string, ExerciseRecord>>;

/** The part of the Web Storage API this module uses (localStorage, or a fake in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function isExerciseResult(x: unknown): x is ExerciseResult {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.id === 'string' && r.id.length > 0 && r.id.length <= 200 && typeof r.correct === 'boolean';
}

function isRecord(x: unknown): x is ExerciseRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return typeof r.correct === 'boolean'
    && typeof r.attempts === 'number' && Number.isInteger(r.attempts) && r.attempts >= 1
    && typeof r.updated === 'number' && Number.isFinite(r.updated);
}

/** Reads stored progress. Never throws: anything unreadable is dropped, entry by entry. */
export function parseProgress(raw: string | null | undefined): Progress {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const out: Record<string, ExerciseRecord> = {};
  for (const [id, rec] of Object.entries(data as Record<string, unknown>)) {
    if (isRecord(rec)) out[id] = { correct: rec.correct, attempts: rec.attempts, updated: rec.updated };
  }
  return out;
}

/** A new Progress with this result recorded (the latest answer counts). */
export function recordResult(progress: Progress, result: ExerciseResult, now: number): Progress {
  const before = progress[result.id];
  return { ...progress, [result.id]: { correct: result.correct, attempts: (before?.attempts ?? 0) + 1, updated: now } };
}

/** Exercises whose latest answer is right — among `ids` if given, else all recorded. */
export function countCorrect(progress: Progress, ids?: readonly string[]): number {
  const keys = ids ?? Object.keys(progress);
  return keys.filter((id) => progress[id]?.correct === true).length;
}

export interface ProgressSummary {
  correct: number;
  answered: number;
  total: number;
}

export function summarize(progress: Progress, ids: readonly string[]): ProgressSummary {
  const unique = [...new Set(ids)];
  return {
    correct: countCorrect(progress, unique),
    answered: unique.filter((id) => progress[id] !== undefined).length,
    total: unique.length,
  };
}

export function summaryText({ correct, total }: ProgressSummary): string {
  return `${correct} of ${total} answered correctly`;
}

export function loadProgress(storage: StorageLike | null): Progress {
  if (!storage) return {};
  try {
    return parseProgress(storage.getItem(PROGRESS_STORAGE_KEY));
  } catch {
    return {};
  }
}

/** Stores progress; false if storage is unavailable or full (the page still works, it just forgets). */
export function saveProgress(storage: StorageLike | null, progress: Progress): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PROGRESS_STORAGE_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

export function clearProgress(storage: StorageLike | null): boolean {
  if (!storage) return false;
  try {
    storage.removeItem(PROGRESS_STORAGE_KEY);
    return true;
  } catch {
    return false;
  }
}

/** Announces an answer, the way every exercise in the book does. */
export function dispatchResult(target: EventTarget, result: ExerciseResult): void {
  target.dispatchEvent(new CustomEvent(RESULT_EVENT, { detail: result }));
}

/** Clears stored progress and tells every view (and every exercise, so it resets) on the page. */
export function clearAndNotify(target: EventTarget, storage: StorageLike | null): boolean {
  const ok = clearProgress(storage);
  target.dispatchEvent(new Event(PROGRESS_CLEARED_EVENT));
  target.dispatchEvent(new Event(PROGRESS_CHANGE_EVENT));
  return ok;
}

/**
 * Records every 'exercise-result' dispatched on `target` into storage, then dispatches
 * 'progress-change'. Returns the function that removes the listener. Install one per page.
 */
export function listenForResults(target: EventTarget, getStorage: () => StorageLike | null, now: () => number = Date.now): () => void {
  const onResult = (event: Event) => {
    const detail = (event as CustomEvent<unknown>).detail;
    if (!isExerciseResult(detail)) return;
    const storage = getStorage();
    saveProgress(storage, recordResult(loadProgress(storage), { id: detail.id, correct: detail.correct }, now()));
    target.dispatchEvent(new Event(PROGRESS_CHANGE_EVENT));
  };
  target.addEventListener(RESULT_EVENT, onResult);
  return () => target.removeEventListener(RESULT_EVENT, onResult);
}

// ---------------------------------------------------------------------------------------------
// Checking numeric answers

const SUFFIX: Record<string, number> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9 };

/**
 * Reads a number a reader typed. Accepts spaces or thin spaces between digit groups
 * ("7 598"), comma thousands separators ("7,598"), a decimal point, exponents ("7.6e3") and the
 * book's own suffixes k, M, G ("7.6k"). Anything else is explained, never guessed.
 */
export function parseNumericAnswer(raw: string): { value: number } | { error: string } {
  let s = raw.trim().replace(/[\s\u2009\u202f_]/g, '');
  if (s === '') return { error: 'Type a number first.' };
  s = s.replace(/^[−–]/, '-');
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?[kKMG]?$/.test(s)) s = s.replace(/,/g, '');
  if (s.includes(',')) return { error: 'Write decimals with a point (3.5), not a comma; commas are allowed only between groups of three digits (7,598).' };
  let factor = 1;
  const last = s.at(-1)!;
  if (last in SUFFIX) {
    factor = SUFFIX[last];
    s = s.slice(0, -1);
  }
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) {
    return { error: `“${raw.trim()}” is not a number. Enter digits only — the unit is already given.` };
  }
  return { value: Number(s) * factor };
}

/** Whether `value` is within max(tolerance, relTolerance·|answer|) of `answer`. */
export function isWithinTolerance(value: number, answer: number, tolerance = 0, relTolerance = 0): boolean {
  return Math.abs(value - answer) <= Math.max(tolerance, relTolerance * Math.abs(answer)) + 1e-9 * Math.max(1, Math.abs(answer));
}
