/**
 * A reader's exercise progress: the one store every exercise in the book records into.
 *
 * Progress is kept in memory for the page and mirrored to localStorage when the browser allows it.
 * When storage is blocked (a privacy mode, a sandboxed frame: reading it throws) or full (writing
 * throws QuotaExceededError), the store keeps counting in memory and says so in `status`, so the
 * page can tell the reader that progress will not outlive the tab.
 *
 * Stored format (version 2), under PROGRESS_STORAGE_KEY:
 *   { "version": 2, "exercises": { "<exercise id>": { "correct": bool, "attempts": n, "updated": ms } } }
 * Version 1 (LEGACY_PROGRESS_KEY, the first edition of the book) was the bare `exercises` object. It is
 * read once, merged and removed, so readers keep what they answered before.
 *
 * No React and no DOM globals: storage and the event target are passed in, so this runs in node too.
 */

import { checkerMessages } from './exerciseMessages';
import type { Locale } from './i18n';

export const PROGRESS_STORAGE_KEY = 'shufflenetv2-book:progress:v2';
/** Where version 1 kept the same records, as a bare object (migrated on first load). */
export const LEGACY_PROGRESS_KEY = 'shufflenetv2-book:progress';
/** The one event every checked answer dispatches on `window`: `CustomEvent<ExerciseResult>`. */
export const EXERCISE_RESULT_EVENT = 'exercise-result';

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

/** 'ok': answers are kept in this browser. 'blocked': storage cannot be used at all. 'full': it refused a write. */
export type StorageStatus = 'ok' | 'blocked' | 'full';

function isRecord(x: unknown): x is ExerciseRecord {
  if (typeof x !== 'object' || x === null) return false;
  const r = x as Record<string, unknown>;
  return (
    typeof r.correct === 'boolean' &&
    typeof r.attempts === 'number' &&
    Number.isInteger(r.attempts) &&
    r.attempts >= 1 &&
    typeof r.updated === 'number' &&
    Number.isFinite(r.updated)
  );
}

/** Valid records of an object keyed by exercise id; anything unreadable is dropped, entry by entry. */
function readRecords(data: unknown): Record<string, ExerciseRecord> {
  const out: Record<string, ExerciseRecord> = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
  for (const [id, rec] of Object.entries(data as Record<string, unknown>)) {
    if (id.length > 0 && id.length <= 200 && isRecord(rec))
      out[id] = { correct: rec.correct, attempts: rec.attempts, updated: rec.updated };
  }
  return out;
}

function parseJson(raw: string | null | undefined): unknown {
  if (!raw) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Reads the stored (version 2) format. Never throws. */
export function parseProgress(raw: string | null | undefined): Progress {
  const data = parseJson(raw) as { version?: unknown; exercises?: unknown } | null;
  if (!data || data.version !== 2) return {};
  return readRecords(data.exercises);
}

/** Reads version 1: the bare object of records. Never throws. */
export function parseLegacyProgress(raw: string | null | undefined): Progress {
  return readRecords(parseJson(raw));
}

export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ version: 2, exercises: progress });
}

/** Both sets of records; where an exercise is in both, the later answer wins. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const out: Record<string, ExerciseRecord> = { ...a };
  for (const [id, rec] of Object.entries(b)) if (!out[id] || rec.updated > out[id].updated) out[id] = rec;
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

/** "3 of 4 answered correctly", in the page's language. */
export function summaryText({ correct, total }: ProgressSummary, locale: Locale = 'en'): string {
  return checkerMessages[locale].answeredOf(correct, total);
}

/** A full storage says so with a QuotaExceededError (named differently in old Firefox and Safari). */
export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22 || e.code === 1014)
  );
}

/** What a store shows: the records and whether they are being kept. A new object on every change. */
export interface ProgressSnapshot {
  readonly progress: Progress;
  readonly status: StorageStatus;
  /** Counts "Clear my progress" presses, so exercises on the page can reset themselves. */
  readonly clears: number;
}

export const EMPTY_SNAPSHOT: ProgressSnapshot = Object.freeze({ progress: {}, status: 'ok', clears: 0 });

/**
 * The page's progress. `getStorage` may throw (reading `window.localStorage` does in some browsers) or
 * return null; every storage call is guarded, and memory stays the source of truth for the page.
 */
export class ProgressStore {
  private snapshot: ProgressSnapshot = EMPTY_SNAPSHOT;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly getStorage: () => StorageLike | null,
    private readonly options: { now?: () => number; target?: EventTarget } = {},
  ) {
    this.load();
  }

  getSnapshot = (): ProgressSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** (Re)reads storage, migrating version 1 records. Answers given on this page survive a failed read. */
  load(): void {
    let storage: StorageLike | null;
    let stored: Progress;
    let legacyRaw: string | null;
    try {
      storage = this.getStorage();
      if (!storage) return this.set({ status: 'blocked' });
      stored = parseProgress(storage.getItem(PROGRESS_STORAGE_KEY));
      legacyRaw = storage.getItem(LEGACY_PROGRESS_KEY);
    } catch {
      return this.set({ status: 'blocked' });
    }
    // Storage is the truth while it works (another tab may have cleared it); answers it never took stay.
    let progress = this.snapshot.status === 'ok' ? stored : mergeProgress(this.snapshot.progress, stored);
    if (legacyRaw !== null) {
      progress = mergeProgress(progress, parseLegacyProgress(legacyRaw));
      const status = this.write(storage, progress);
      // The old key goes only once its records are safe under the new one.
      if (status === 'ok') this.tryRemove(storage, LEGACY_PROGRESS_KEY);
      return this.set({ progress, status });
    }
    this.set({ progress, status: this.snapshot.status === 'full' ? 'full' : 'ok' });
  }

  /** Records one checked answer, keeps it in memory whatever storage does, and announces it. */
  record(result: ExerciseResult): void {
    const progress = recordResult(this.snapshot.progress, result, (this.options.now ?? Date.now)());
    this.set({ progress, status: this.persist(progress) });
    this.options.target?.dispatchEvent(new CustomEvent<ExerciseResult>(EXERCISE_RESULT_EVENT, { detail: result }));
  }

  /** Forgets every answer, in memory and in storage (both keys). */
  clear(): void {
    let status: StorageStatus = 'blocked';
    try {
      const storage = this.getStorage();
      if (storage) {
        storage.removeItem(PROGRESS_STORAGE_KEY);
        storage.removeItem(LEGACY_PROGRESS_KEY);
        status = 'ok';
      }
    } catch {
      status = 'blocked';
    }
    this.set({ progress: {}, status, clears: this.snapshot.clears + 1 });
  }

  private persist(progress: Progress): StorageStatus {
    try {
      const storage = this.getStorage();
      return storage ? this.write(storage, progress) : 'blocked';
    } catch {
      return 'blocked';
    }
  }

  private write(storage: StorageLike, progress: Progress): StorageStatus {
    try {
      storage.setItem(PROGRESS_STORAGE_KEY, serializeProgress(progress));
      return 'ok';
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'blocked';
    }
  }

  private tryRemove(storage: StorageLike, key: string): void {
    try {
      storage.removeItem(key);
    } catch {
      // Leaving the old key behind is harmless: its records are merged, never counted twice.
    }
  }

  private set(change: Partial<ProgressSnapshot>): void {
    const next = { ...this.snapshot, ...change };
    if (
      next.progress === this.snapshot.progress &&
      next.status === this.snapshot.status &&
      next.clears === this.snapshot.clears
    )
      return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
