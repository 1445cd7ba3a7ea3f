/**
 * The benchmark lab's Web Worker: builds the experiment's graphs and times them with
 * onnxruntime-web (through lib/ort.ts, the one module that imports it), off the page's main
 * thread so the page never freezes. All logic lives in lib/labProtocol.ts; this file only wires
 * it to the worker's message port.
 */
import { createLabHandler } from '../../lib/labProtocol';
import { createSession, startRuntime } from '../../lib/ort';

interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
const scope = self as unknown as WorkerScope;

// A macrotask, not a microtask: only then can a queued `cancel` message be delivered.
const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// The runtime is started first so that a failed download of its WebAssembly is reported by file
// name, with a stall timeout, as the live figures report it.
const openSession = async (bytes: Uint8Array, options: { optimize: boolean }) => {
  await startRuntime();
  return createSession(bytes, options);
};

const handle = createLabHandler(
  { createSession: openSession, now: () => performance.now(), yieldToEvents },
  (message) => scope.postMessage(message),
);
scope.addEventListener('message', (event) => void handle(event.data));
