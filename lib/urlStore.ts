import { HISTORY_BURST_MS } from './urlState';

/**
 * The page's query parameters as a store over `history`, read with React's
 * `useSyncExternalStore`. The store's search string is the state; the URL mirrors it. A write
 * changes the state synchronously (so the next keystroke builds on it, and two fields written in
 * the same tick both survive) and mirrors it to history at once, or — inside a burst such as a
 * drag or a held arrow key — a little later, because browsers refuse floods of history writes.
 * When someone else changes history (Back/Forward, the framework's navigation to another page,
 * an in-page anchor), the store follows the URL again.
 */
export interface HistoryHost {
  location: { pathname: string; search: string; hash: string };
  history: {
    state: unknown;
    pushState(state: unknown, unused: string, url: string): void;
    replaceState(state: unknown, unused: string, url: string): void;
  };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
}

/** Fewest milliseconds between two mirrored writes inside a burst (Chrome allows 200 in 10 s). */
export const MIN_WRITE_GAP_MS = 100;

interface NextLikeState {
  __N?: boolean;
  key?: string;
  options?: Record<string, unknown>;
}

export class UrlStore {
  private search: string | null = null;
  /** `history.state` as the store last saw or wrote it: anything else means history moved under us. */
  private seen: unknown = undefined;
  private params = new URLSearchParams();
  private paramsFor: string | null = null;
  private listeners = new Set<() => void>();
  private lastSet: { key: string; at: number } | null = null;
  private lastWriteAt = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private host: HistoryHost,
    private now: () => number = Date.now,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) this.host.addEventListener('popstate', this.onPopState);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.host.removeEventListener('popstate', this.onPopState);
    };
  };

  /** The raw text of one parameter, or undefined when it is absent. */
  get(key: string): string | undefined {
    const search = this.current();
    if (this.paramsFor !== search) {
      this.params = new URLSearchParams(search);
      this.paramsFor = search;
    }
    return this.params.get(key) ?? undefined;
  }

  /** The whole search string ("" or "?a=1&b=2") the page is showing. */
  current(): string {
    if (this.search === null || this.host.history.state !== this.seen) this.follow();
    return this.search as string;
  }

  /** Sets (or, with undefined, removes) one parameter. */
  set(key: string, value: string | undefined): void {
    const params = new URLSearchParams(this.current());
    if (value === undefined) params.delete(key);
    else params.set(key, value);
    const text = params.toString();
    const search = text ? `?${text}` : '';
    if (search === this.search) return;
    const at = this.now();
    const burst = this.lastSet !== null && this.lastSet.key === key && at - this.lastSet.at < HISTORY_BURST_MS;
    this.lastSet = { key, at };
    if (burst) {
      this.search = search;
      this.scheduleReplace(at);
    } else {
      this.flush();
      this.search = search;
      this.write('push');
    }
    this.emit();
  }

  private onPopState = () => {
    this.follow();
    this.emit();
  };

  /** Take the state from the URL again, dropping a mirror write that has not happened yet. */
  private follow() {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.lastSet = null;
    this.search = this.host.location.search;
    this.seen = this.host.history.state;
  }

  private emit() {
    for (const listener of [...this.listeners]) listener();
  }

  private flush() {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
    this.write('replace');
  }

  private scheduleReplace(at: number) {
    if (this.timer !== null) return;
    const wait = this.lastWriteAt + MIN_WRITE_GAP_MS - at;
    if (wait <= 0) this.write('replace');
    else this.timer = setTimeout(this.mirrorLater, wait);
  }

  /** A deferred mirror write, unless history moved meanwhile (then the URL wins). */
  private mirrorLater = () => {
    this.timer = null;
    if (this.host.history.state !== this.seen) {
      this.follow();
      this.emit();
    } else this.write('replace');
  };

  private write(kind: 'push' | 'replace') {
    const { location, history } = this.host;
    const url = `${location.pathname}${this.search ?? ''}${location.hash}`;
    const state = historyState(history.state, url, kind === 'push');
    try {
      if (kind === 'push') history.pushState(state, '', url);
      else history.replaceState(state, '', url);
    } catch {
      // A browser that refuses the write (too many in a short time) keeps the state; retry later.
      if (this.timer === null) this.timer = setTimeout(this.mirrorLater, 10 * MIN_WRITE_GAP_MS);
    }
    this.seen = history.state;
    this.lastWriteAt = this.now();
  }
}

/**
 * The entry's state in the shape Next's Pages Router writes (url, as, options, __N, key), so that
 * Back and Forward into one of these entries, even from another page, is handled by the router
 * like an entry it made itself: it re-renders the page at that URL, shallowly.
 */
export function historyState(
  previous: unknown,
  url: string,
  fresh: boolean,
): NextLikeState & { url: string; as: string } {
  const prev = (previous && typeof previous === 'object' ? previous : {}) as NextLikeState;
  const key = fresh || typeof prev.key !== 'string' ? Math.random().toString(36).slice(2, 10) : prev.key;
  return { ...prev, __N: true, url, as: url, options: { ...(prev.options ?? {}), shallow: true, scroll: false }, key };
}

let shared: UrlStore | null = null;

/** The page's one store (created on first use in the browser). */
export function urlStore(): UrlStore {
  shared ??= new UrlStore(window);
  return shared;
}
