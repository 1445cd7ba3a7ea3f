/**
 * Registers the book's service worker (public/sw.js) once the page has loaded, versioned by the
 * build id, and hands it what should be kept for offline reading: the files this page loaded
 * before the worker controlled it, the files the model worker fetched (announced with the
 * 'book:loaded' event), and the book's other pages (the chapter links on the page).
 */
const BASE = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const BUILD = process.env.NEXT_PUBLIC_BUILD_ID ?? 'dev';

/** Announces files fetched outside the page's own resource timeline (e.g. by a Web Worker). */
export function announceLoaded(urls: string[]): void {
  if (typeof window !== 'undefined' && urls.length)
    window.dispatchEvent(new CustomEvent('book:loaded', { detail: urls }));
}

/** Loads the page waits for before the service worker is registered (see registerServiceWorker). */
const holds: Promise<void>[] = [];
/** Delays registering the service worker until `work` settles (e.g. a live figure's first load). */
export function holdServiceWorker(work: Promise<void>): void {
  holds.push(work.catch(() => undefined));
}

function sameScope(url: string): string | null {
  const scope = new URL(`${BASE}/`, window.location.origin).href;
  const u = new URL(url, window.location.href);
  u.hash = '';
  return u.href.startsWith(scope) ? u.href : null;
}

export function registerServiceWorker(): void {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || process.env.NODE_ENV !== 'production')
    return;
  const post = (urls: string[], pages: string[] = []) =>
    navigator.serviceWorker.ready.then((registration) =>
      registration.active?.postMessage({ type: 'keep', urls, pages }),
    );
  // Waits (in `ready`) until the worker below is registered and active.
  window.addEventListener('book:loaded', (event) => {
    void post(((event as CustomEvent<string[]>).detail ?? []).map(sameScope).filter((u): u is string => u !== null));
  });
  const start = async () => {
    // Registering starts the worker copying the book's files; a live figure loading at the top of
    // the page (its 14 MB runtime) comes first.
    await Promise.all(holds);
    navigator.serviceWorker.register(`${BASE}/sw.js?v=${encodeURIComponent(BUILD)}`, { scope: `${BASE}/` }).then(
      () => {
        const loaded = [window.location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];
        const pages = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
        const unique = (xs: string[]) => [...new Set(xs.map(sameScope).filter((u): u is string => u !== null))];
        void post(
          unique(loaded),
          unique(pages).filter((p) => !/\.[a-z0-9]+$/i.test(new URL(p).pathname)),
        );
        // Files still arriving as it registered (the held-out samples, say) are in no list above: hand
        // each over once it is in. Requests made once the worker controls the page go through it, and it
        // keeps them itself; handing those over too would have it fetch them a second time.
        let controlledAt = navigator.serviceWorker.controller ? 0 : Infinity;
        navigator.serviceWorker.addEventListener('controllerchange', () => (controlledAt = performance.now()), {
          once: true,
        });
        new PerformanceObserver((list) => {
          const before = list.getEntries().filter((e) => e.startTime < controlledAt);
          if (before.length) void post(unique(before.map((e) => e.name)));
        }).observe({ type: 'resource' });
      },
      () => undefined,
    );
  };
  // After the load event, so that registering never competes with the page's own loading.
  if (document.readyState === 'complete') setTimeout(() => void start(), 0);
  else window.addEventListener('load', () => setTimeout(() => void start(), 0), { once: true });
}
