/**
 * Starting the model worker from the page's <head>. The worker is built on its own
 * (scripts/build-worker.mjs) under a content-hashed name that the pages know when they are built, so a
 * tiny script in the explorer's head starts it while the page is still being read: the worker fetches
 * and compiles the runtime (the longest part of a load) in parallel with the page's own start instead
 * of after it. The script also gives the worker the page's first request (open the model its address
 * asks for, with the warm-up input), so the model downloads with the runtime. It travels as the
 * worker's name, which the worker reads as it starts (`self.name`, modelWorker.ts): a message posted to
 * a starting worker is held by the page until the worker's start has been reported back to the page's
 * main thread, and on a first visit that thread is busy evaluating and hydrating the page — the model
 * was requested at 1.2 s instead of 0.3 s. The page's own request for that model later joins this
 * opening. The page adopts the worker as if it had made it; a worker that failed to start is dropped
 * and the page starts its own (and reports it if that fails too).
 */
import type { Warmup } from '../../lib/modelProtocol';

/** A performance mark the head script sets when it starts the worker (for tests and profiles). */
export const HEAD_START_MARK = 'book-model-worker-head-start';
/** The explorer's URL parameter naming its model (lib/urlKeys.ts; a test holds the two together). */
export const MODEL_PARAM = 'model';
/**
 * The <meta>s that name the worker's script and the models' open requests for the head script
 * (pages/_document.tsx writes them before the script): the script's own text then stays the same from
 * build to build, and so does its hash in the page's Content-Security-Policy (scripts/csp.mjs keeps it
 * inline, allowed by that hash).
 */
export const WORKER_META = 'book-model-worker';
export const OPENS_META = 'book-model-opens';
/** The model worker's script (a module), from the site's root. */
export const modelWorkerUrl = process.env.NEXT_PUBLIC_MODEL_WORKER ?? '';
/**
 * Every file of the book's workers (the model's and the lab's): their scripts, the lazily loaded ones too,
 * and the runtime's wasm, handed to the service worker once a worker has run, for offline reading.
 */
export const workerFiles: string[] = JSON.parse(process.env.NEXT_PUBLIC_WORKER_FILES ?? '[]');

/** What the opens <meta> carries: each model's open request (its URL from the site's root) and the default model. */
export interface HeadOpens {
  default: string;
  models: Record<string, { url: string; warmup: Warmup }>;
}

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

/**
 * The head script, for the explorer's pages (the only ones whose model starts as soon as the page does).
 * It opens the model the address names, or the default for a missing or unknown name (as the page's URL
 * state reads it), with the request the page itself would send (an absolute URL: the worker resolves
 * against its own address).
 */
export const workerStartScript = `(function(){try{var q=function(n){return document.querySelector('meta[name="'+n+'"]')},m=q('${WORKER_META}'),o=q('${OPENS_META}');if(!m||!m.content||typeof Worker==='undefined')return;var f='';try{var s=JSON.parse(o.content),p=new URLSearchParams(location.search).get('${MODEL_PARAM}'),r=Object.prototype.hasOwnProperty.call(s.models,p)?s.models[p]:s.models[s.default];if(r)f=JSON.stringify({type:'open',url:new URL(r.url,location.href).href,warmup:r.warmup})}catch(e){}var w=new Worker(m.content,{type:'module',name:f}),h={worker:w,failed:false};w.addEventListener('error',function(){h.failed=true;w.terminate()});window.__bookModelWorker=h;performance.mark('${HEAD_START_MARK}')}catch(e){}})()`;

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
