import { createContext, useContext, useSyncExternalStore } from 'react';
import { EMPTY_SNAPSHOT, PROGRESS_STORAGE_KEY, ProgressStore, type ProgressSnapshot } from '../../lib/progress';

let browserStore: ProgressStore | null = null;

/** The page's one store over localStorage, created on first use in the browser (never during server rendering). */
function pageProgressStore(): ProgressStore {
  if (!browserStore) {
    const store = new ProgressStore(() => window.localStorage, { target: window });
    // Another tab answered or cleared: read storage again.
    window.addEventListener('storage', (e) => {
      if (e.key === null || e.key === PROGRESS_STORAGE_KEY) store.load();
    });
    browserStore = store;
  }
  return browserStore;
}

/** Tests (and nothing else) hand the exercises their own store; pages use the browser's. */
export const ProgressStoreContext = createContext<ProgressStore | null>(null);

export function useProgressStore(): ProgressStore | null {
  const provided = useContext(ProgressStoreContext);
  // Read after hydration only: during server rendering and the first client render there is no store.
  const hydrated = useSyncExternalStore(
    noopSubscribe,
    () => true,
    () => false,
  );
  if (provided) return provided;
  return hydrated ? pageProgressStore() : null;
}

const noopSubscribe = () => () => {};
const serverSnapshot = () => EMPTY_SNAPSHOT;

/** The reader's progress and whether it is being kept; empty until the page has hydrated. */
export function useProgress(): ProgressSnapshot & { store: ProgressStore | null } {
  const store = useProgressStore();
  const snapshot = useSyncExternalStore(
    store?.subscribe ?? noopSubscribe,
    store?.getSnapshot ?? serverSnapshot,
    serverSnapshot,
  );
  return { ...snapshot, store };
}
