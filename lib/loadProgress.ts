/**
 * What a reader waits for before a live figure can run, counted in bytes and named in plain words.
 * Every file is counted from the start, with its size as built into the page (so the bar is
 * determinate before the first response arrives); a size the server reports replaces it.
 * Framework-free: the model worker reports raw events, the page folds them with these functions.
 */
import type { Locale } from './i18n';
import { loadMessages } from './loadMessages';

/** The four downloads: onnxruntime-web's JavaScript, its WebAssembly, the weights, the example images. */
export const LOAD_PARTS = ['code', 'wasm', 'model', 'samples'] as const;
export type LoadPart = (typeof LOAD_PARTS)[number];

/** Each download in the reader's words (lib/loadMessages.ts has the texts of both editions). */
export function partWords(part: LoadPart, locale: Locale = 'en'): string {
  const t = loadMessages[locale];
  return part === 'model' ? t.weights() : part === 'samples' ? t.samples() : t.engine();
}

export interface PartProgress {
  loaded: number;
  total: number;
  done: boolean;
}
export type LoadParts = Record<LoadPart, PartProgress>;

/** All downloads at zero, each expecting its built-in size. */
export function startParts(expected: Record<LoadPart, number>): LoadParts {
  const parts = {} as LoadParts;
  for (const part of LOAD_PARTS) parts[part] = { loaded: 0, total: Math.max(0, expected[part]), done: false };
  return parts;
}

/**
 * One report about one download. `total` 0 means the server did not say (the expected size
 * stays); a download never shrinks the total below what has arrived, and a finished one counts
 * exactly what arrived (a compressed or rebuilt file may differ from the expected size).
 */
export function updatePart(
  parts: LoadParts,
  part: LoadPart,
  report: { loaded: number; total: number; done?: boolean },
): LoadParts {
  const previous = parts[part];
  const loaded = Math.max(0, report.loaded);
  let total = report.total > 0 ? report.total : previous.total;
  total = Math.max(total, loaded);
  const done = Boolean(report.done);
  const next = done ? { loaded: loaded || total, total: loaded || total, done } : { loaded, total, done: false };
  return { ...parts, [part]: next };
}

export interface LoadSummary {
  loaded: number;
  total: number;
  /** 0…1 of the bytes */
  fraction: number;
  /** the download with the most still to come, null when everything has arrived */
  now: LoadPart | null;
}

export function summarizeParts(parts: LoadParts): LoadSummary {
  let loaded = 0;
  let total = 0;
  let now: LoadPart | null = null;
  let most = -1;
  for (const part of LOAD_PARTS) {
    const p = parts[part];
    loaded += p.loaded;
    total += p.total;
    const left = p.total - p.loaded;
    if (!p.done && left > most) {
      most = left;
      now = part;
    }
  }
  return { loaded, total, fraction: total > 0 ? Math.min(1, loaded / total) : 0, now };
}

/** Megabytes with one decimal (decimal MB, as browsers and file managers show downloads). */
export function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

/**
 * The sentence under the bar: "Loading the network: 3.1 of 16.0 MB — now the example images", or,
 * once every byte is in, that the network is being made ready (compiling, first run).
 */
export function progressSentence(summary: LoadSummary, preparing: boolean, locale: Locale = 'en'): string {
  const t = loadMessages[locale];
  if (preparing || summary.now === null) return t.gettingReady();
  return t.loading(megabytes(summary.loaded), megabytes(summary.total), partWords(summary.now, locale));
}

/**
 * How often a page redraws a loading figure's progress at most. The worker reports every chunk of every
 * download (dozens a second when the files come from the cache); a bar needs far fewer, and each redraw
 * re-renders the whole figure while the runtime starts beside it on the other core.
 */
export const PROGRESS_REDRAW_MS = 100;

/**
 * Gathers reports and hands them to `apply` together, at most once every `ms`: the first report of a
 * quiet spell waits `ms`, the ones after it join it. `cancel` drops what is waiting (the figure is gone).
 */
export function batchReports<T>(
  apply: (batch: T[]) => void,
  ms = PROGRESS_REDRAW_MS,
): { report(item: T): void; cancel(): void } {
  let waiting: T[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    report(item) {
      waiting.push(item);
      timer ??= setTimeout(() => {
        timer = null;
        const batch = waiting;
        waiting = [];
        apply(batch);
      }, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      waiting = [];
    },
  };
}
