// The book's service worker: repeat visits start from a cache, and the book reads offline after a
// first visit (also under a sub-path: everything is relative to this script's scope).
//
// Versioned by the build: the page registers `sw.js?v=<build id>`, so every deploy installs a new
// worker with its own cache and deletes the previous caches when it takes over. Pages are fetched
// network-first (a new deploy's pages are seen at once; the cache answers only offline); files
// whose URL names their version (hashed bundles under _next/static, the workers' content-hashed
// scripts and wasm under worker/, per-build data under _next/data, model files with ?v=) are
// cache-first, since such a URL never changes content.
// Anything else is network-first as well. Nothing outside the scope or the origin is touched.
const VERSION = new URL(self.location.href).searchParams.get('v') || 'unversioned';
const PREFIX = 'book-';
const CACHE = `${PREFIX}${VERSION}`;
const SCOPE = self.registration.scope;

self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
    // A page's request starts with the navigation, while this worker is still starting up, instead of after.
    await self.registration.navigationPreload?.enable();
    await self.clients.claim();
  })());
});

const WORKER_FILES = new URL('worker/', SCOPE).pathname;
const versioned = (url) =>
  url.pathname.includes('/_next/static/') ||
  url.pathname.includes('/_next/data/') ||
  url.pathname.startsWith(WORKER_FILES) ||
  url.searchParams.has('v');

// The answer goes to the page at once and is written to the cache beside it (`event.waitUntil`
// keeps the worker alive until it is): waiting for the write first would hold back the page's
// whole download — for the 14 MB wasm, both its streaming compile and several hundred
// milliseconds of disk writing.
function store(event, request, response) {
  // Only whole, plain answers (not a 206 range, not an opaque or redirected one) are kept.
  if (response.status === 200 && response.type === 'basic' && !response.redirected) {
    const copy = response.clone();
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)).catch(() => undefined));
  }
  return response;
}

async function cacheFirst(event, request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  return cached ?? store(event, request, await fetch(request));
}

async function networkFirst(event, request, isPage) {
  try {
    const preloaded = isPage ? await event.preloadResponse : undefined;
    return store(event, request, preloaded ?? (await fetch(request)));
  } catch (error) {
    // Offline: a page is found without its query (?step=…), which only the page's script reads.
    const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: isPage });
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const url = new URL(request.url);
  if (url.pathname.endsWith('/sw.js')) return;
  const isPage = request.mode === 'navigate';
  event.respondWith(!isPage && versioned(url) ? cacheFirst(event, request) : networkFirst(event, request, isPage));
});

// The page hands over what it has already loaded (before this worker controlled it) and the
// pages it links to; each linked page's HTML is fetched with the bundles and styles it names,
// so that after the first visit the whole book reads offline.
const ASSET = /(?:src|href)="([^"]*\/_next\/static\/[^"]+)"/g;

async function keep(url) {
  if (!url.startsWith(SCOPE)) return null;
  const cache = await caches.open(CACHE);
  if (await cache.match(url)) return null;
  const response = await fetch(url, { credentials: 'same-origin' });
  if (response.status !== 200 || response.redirected) return null;
  await cache.put(url, response.clone());
  return response;
}

async function keepPage(url) {
  const response = await keep(url);
  if (!response || !(response.headers.get('Content-Type') ?? '').includes('text/html')) return;
  const html = await response.text();
  for (const [, asset] of html.matchAll(ASSET)) await keep(new URL(asset.replace(/&amp;/g, '&'), url).href).catch(() => null);
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u) => typeof u === 'string');
  const pages = Array.isArray(data.pages) ? data.pages.filter((u) => typeof u === 'string') : [];
  event.waitUntil((async () => {
    for (const url of urls) await keep(url).catch(() => null);
    for (const page of pages) await keepPage(page).catch(() => null);
  })());
});
