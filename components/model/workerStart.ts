/**
 * Starting the model worker from the page's <head> on a repeat visit. The worker's script address is
 * made by the bundler (its chunk list travels in the address), so the page cannot know it before its
 * own code runs; the first visit remembers it, and on later visits of the same build a tiny script in
 * the head starts the worker while the page's code is still loading. The worker then fetches and
 * compiles the runtime in parallel with the page's start instead of after it (about 0.15–0.2 s of a
 * repeat visit here). The head script also sends the page's first request again (open the model the
 * page opened last time, if this address asks for the same model), so the model's download starts with
 * the worker rather than once the page's code is running; the page's own request for it later joins
 * that opening. The page adopts the worker as if it had made it; a worker that failed to start (an
 * address from an older deploy, say) is dropped and the page starts its own.
 */
import type { ModelRequest } from '../../lib/modelProtocol';

const STORAGE_KEY = 'book-model-worker';
/** A performance mark the head script sets when it starts the worker (for tests and profiles). */
export const HEAD_START_MARK = 'book-model-worker-head-start';
/** The explorer's URL parameter naming its model (lib/urlKeys.ts; a test holds the two together). */
export const MODEL_PARAM = 'model';
/**
 * The <meta> that names the build for the head script (pages/_document.tsx writes it before the script):
 * the script's own text then stays the same from build to build, and so does its hash in the page's
 * Content-Security-Policy (scripts/csp.mjs keeps it inline, allowed by that hash).
 */
export const BUILD_META = 'book-build';
/** This build's id, which the <meta> carries and a visit remembers with the worker's address. */
export const buildId = process.env.NEXT_PUBLIC_BUILD_ID ?? 'dev';

/** What the head script leaves for the page: the one handoff between a classic script and the page's modules. */
interface StartedWorker {
  worker: Worker;
  failed: boolean;
}
declare global {
  interface Window {
    __bookModelWorker?: StartedWorker;
  }
}

/** What a visit leaves for the next one. */
interface Remembered {
  build: string;
  /** the worker script's address */
  url: string;
  /** the page that sent `open`, and the model its address asked for */
  page: string;
  model: string | null;
  open: ModelRequest | null;
}

/** The head script, for the explorer's pages (the only ones whose model starts as soon as the page does). */
export const workerStartScript = `(function(){try{var b=document.querySelector('meta[name="${BUILD_META}"]'),r=JSON.parse(localStorage.getItem('${STORAGE_KEY}')||'null');if(b&&r&&r.build===b.content&&typeof r.url==='string'&&typeof Worker!=='undefined'){var w=new Worker(r.url),h={worker:w,failed:false};w.addEventListener('error',function(){h.failed=true;w.terminate()});window.__bookModelWorker=h;performance.mark('${HEAD_START_MARK}');if(r.open&&r.page===location.pathname&&r.model===new URLSearchParams(location.search).get('${MODEL_PARAM}'))w.postMessage(r.open)}}catch(e){}})()`;

/** The first model this page asked the worker to open (not an edited one), for the next visit. */
let firstOpen: { request: ModelRequest; page: string; model: string | null } | null = null;
export function noteFirstOpen(request: ModelRequest): void {
  if (firstOpen || request.type !== 'open' || request.edits) return;
  firstOpen = {
    request,
    page: window.location.pathname,
    model: new URLSearchParams(window.location.search).get(MODEL_PARAM),
  };
}

/** Keeps the worker's address for the next visit (nothing happens when storage is blocked). */
export function rememberWorkerAddress(url: string | undefined): void {
  if (!url || !url.startsWith(window.location.origin)) return;
  const remembered: Remembered = {
    build: buildId,
    url,
    page: firstOpen?.page ?? window.location.pathname,
    model: firstOpen?.model ?? null,
    open: firstOpen?.request ?? null,
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(remembered));
  } catch {
    // storage blocked or full: the next visit starts the worker from the page's code, as the first did
  }
}

/**
 * The worker the head script started, taken once; null if there is none or it failed to load. (A script
 * that is missing fails with the first answer from the server, long before the page's own code has
 * arrived to adopt the worker; the address is only remembered for the same build, so it is rare anyway.)
 */
export function adoptStartedWorker(): Worker | null {
  const started = window.__bookModelWorker;
  delete window.__bookModelWorker;
  if (!started || started.failed) return null;
  return started.worker;
}
