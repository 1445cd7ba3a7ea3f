import { useCallback, useEffect, useState } from 'react';
import {
  clearAndNotify, dispatchResult, listenForResults, loadProgress, PROGRESS_CHANGE_EVENT, PROGRESS_CLEARED_EVENT,
  PROGRESS_STORAGE_KEY, type Progress, type StorageLike,
} from '../../lib/progress';

/** localStorage, or null where the browser refuses it (privacy modes, sandboxed frames). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/**
 * The reader's stored progress, kept in sync with every answer on this page and with other tabs.
 * Empty (and `ready` false) during server rendering and the first client render.
 */
export function useProgress(): { progress: Progress; ready: boolean; clear: () => boolean } {
  const [progress, setProgress] = useState<Progress>({});
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const read = () => setProgress(loadProgress(browserStorage()));
    const onStorage = (e: StorageEvent) => {
      if (e.key === null || e.key === PROGRESS_STORAGE_KEY) read();
    };
    read();
    setReady(true);
    window.addEventListener(PROGRESS_CHANGE_EVENT, read);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener(PROGRESS_CHANGE_EVENT, read);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
  const clear = useCallback(() => clearAndNotify(window, browserStorage()), []);
  return { progress, ready, clear };
}

/** Calls `onCleared` when the reader clears their progress (exercises reset themselves). */
export function useProgressCleared(onCleared: () => void): void {
  useEffect(() => {
    window.addEventListener(PROGRESS_CLEARED_EVENT, onCleared);
    return () => window.removeEventListener(PROGRESS_CLEARED_EVENT, onCleared);
  }, [onCleared]);
}

/** Announces an answer; the page's recorder stores it. */
export function reportResult(id: string, correct: boolean): void {
  dispatchResult(window, { id, correct });
}

/**
 * Records every 'exercise-result' on this page — from this book's review exercises and from any
 * other exercise component that dispatches the same event. Mounted once per chapter by the MDX
 * wrapper in mdx-components.tsx.
 */
export function ProgressRecorder(): null {
  useEffect(() => listenForResults(window, browserStorage), []);
  return null;
}
