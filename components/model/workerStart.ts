/**
 * Starting the model worker from the page's <head>. The worker is built on its own
 * (scripts/build-worker.mjs) under a content-hashed name that the pages know when they are built, so a
 * tiny script in the explorer's head starts it while the page is still being read: the worker fetches
 * and compiles the runtime (the longest part of a load) in parallel with the page's own start instead
 * of after it. On a repeat visit the head script also sends the page's first request again (open the
 * model the page opened last time, if this address asks for the same model), so the model's download
 * starts with the worker rather than once the page's code is running; the page's own request for it
 * later joins that opening. The page adopts the worker as if it had made it; a worker that failed to
 * start is dropped and the page starts its own (and reports it if that fails too).
 */
import type { ModelRequest } from '../../lib/modelProtocol';

const STORAGE_KEY = 'book-model-worker';
/** A performance mark the head script sets when it starts the worker (for tests and profiles). */
export const HEAD_START_MARK = 'book-model-worker-head-start';
/** The explorer's URL parameter naming its model (lib/urlKeys.ts; a test holds the two together). */
export const MODEL_PARAM = 'model';
/**
 * The <meta>s that name the build and the worker's script for the head script (pages/_document.tsx
 * writes them before the script): the script's own text then stays the same from build to build, and so
 * does its hash in the page's Content-Security-Policy (scripts/csp.mjs keeps it inline, allowed by that hash).
 */
export const BUILD_META = 'book-build';
export const WORKER_META = 'book-model-worker';
/** This build's id, which the <meta> carries and a visit remembers with its first request. */
export const buildId = process.env.NEXT_PUBLIC_BUILD_ID ?? 'dev';
/** The model worker's script (a module), from the site's root. */
export const modelWorkerUrl = process.env.NEXT_PUBLIC_MODEL_WORKER ?? '';
/**
 * Every file of the book's workers (the model's and the lab's): their scripts, the lazily loaded ones too,
 * and the runtime's wasm, handed to the service worker once a worker has run, for offline reading.
 */
export const workerFiles: string[] = JSON.parse(process.env.NEXT_PUBLIC_WORKER_FILES ?? '[]');

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
  /** the page that sent `open`, and the model its address asked for */
  page: string;
  model: string | null;
  open: ModelRequest | null;
}

/** The head script, for the explorer's pages (the only ones whose model starts as soon as the page does). */
export const workerStartScript = `(function(){try{var m=document.querySelector('meta[name="${WORKER_META}"]'),b=document.querySelector('meta[name="${BUILD_META}"]');if(!m||!m.content||!b||typeof Worker==='undefined')return;var w=new Worker(m.content,{type:'module'}),h={worker:w,failed:false};w.addEventListener('error',function(){h.failed=true;w.terminate()});window.__bookModelWorker=h;performance.mark('${HEAD_START_MARK}');var r=JSON.parse(localStorage.getItem('${STORAGE_KEY}')||'null');if(r&&r.build===b.content&&r.open&&r.page===location.pathname&&r.model===new URLSearchParams(location.search).get('${MODEL_PARAM}'))w.postMessage(r.open)}catch(e){}})()`;

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

/** Keeps the page's first request for the next visit, once it has been answered (nothing happens when storage is blocked). */
export function rememberFirstOpen(): void {
  const remembered: Remembered = {
    build: buildId,
    page: firstOpen?.page ?? window.location.pathname,
    model: firstOpen?.model ?? null,
    open: firstOpen?.request ?? null,
  };
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(remembered));
  } catch {
    // storage blocked or full: the next visit's page sends its first request itself, as the first did
  }
}

/**
 * The worker the head script started, taken once; null if there is none or it failed to load. (A script
 * that is missing fails with the first answer from the server, long before the page's own code has
 * arrived to adopt the worker.)
 */
export function adoptStartedWorker(): Worker | null {
  const started = window.__bookModelWorker;
  delete window.__bookModelWorker;
  if (!started || started.failed) return null;
  return started.worker;
}
