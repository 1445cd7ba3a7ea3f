/**
 * The model worker's entry, kept small so that it runs at once. The page's head names this worker
 * with its first request (components/model/workerStart.ts); for a model, the entry begins that
 * model's and the runtime's wasm downloads now, then loads the rest of the worker
 * (modelWorkerMain.ts, with onnxruntime-web's code), which adopts the two requests. Fetching and
 * compiling the rest took 60–90 ms on this project's machine, on the way to the wasm's request.
 */
import { bundledWasmUrl, requestEarly } from '../../lib/earlyRequests';
import type { WorkerScope } from './modelWorkerMain';

const scope = self as unknown as WorkerScope;

/** The request a worker's name carries, or null (anything that is not JSON is ignored). */
const firstRequest = ((): unknown => {
  try {
    return JSON.parse(scope.name || 'null');
  } catch {
    return null;
  }
})();
const first = firstRequest as { type?: unknown; url?: unknown } | null;
if (first?.type === 'open' && typeof first.url === 'string') {
  requestEarly(first.url);
  const wasm = bundledWasmUrl();
  if (wasm) requestEarly(wasm);
}

// A message no listener hears is lost: the page's messages wait here until the rest has loaded.
const waiting: unknown[] = [];
const hold = (event: MessageEvent) => void waiting.push(event.data);
scope.addEventListener('message', hold);
import('./modelWorkerMain').then(
  ({ startModelWorker }) => {
    scope.removeEventListener('message', hold);
    const handle = startModelWorker(scope, firstRequest);
    for (const data of waiting) void handle(data);
  },
  (error: unknown) => {
    // Thrown from a task of its own, the failure reaches the page as the worker's 'error' event, as a
    // failed script load does (the page says its script could not be loaded, and Retry starts a new
    // worker); the cause is in the console.
    console.error(error);
    setTimeout(() => {
      throw new Error('');
    });
  },
);
