/**
 * The trained models' Web Worker, past its entry (modelWorker.ts): onnxruntime-web (through
 * lib/ort.ts, the one module that imports it) compiles, opens and runs the models here, off the
 * page's main thread. All logic lives in lib/modelProtocol.ts; this file only wires it to the
 * worker's message port.
 */
import {
  createModelHandler,
  EDITED_SESSION_LIMIT,
  transferables,
  type ModelHandlerDeps,
  type ModelResponse,
} from '../../lib/modelProtocol';
import { createSession, fetchBytes, getSession, provideOrt, startRuntime } from '../../lib/ort';
// onnxruntime-web's code is part of this module's chunk rather than one it asks for when it first
// needs it, and the runtime starts as soon as the worker knows its first model (or at once, without
// one): fetching and compiling the 14 MB wasm and building the runtime's kernel tables (about a
// second of work on first use) is the longest part of a cold start.
import * as ortModule from 'onnxruntime-web/wasm';

/** The worker's global scope, as much of it as the worker uses. */
export interface WorkerScope {
  postMessage(message: unknown, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  /** the name the page started this worker with */
  name: string;
}
provideOrt(ortModule);

// An opened model also names the files this worker fetched, so the page can keep them for offline reading.
const withResources = (response: ModelResponse): ModelResponse =>
  response.type === 'opened'
    ? {
        ...response,
        resources: [self.location.href, ...performance.getEntriesByType('resource').map((e) => e.name)],
      }
    : response;

// Edited models (the interventions): the base model's bytes are fetched here, edited, and opened.
// The ONNX editing code (onnx-proto with protobufjs, the larger part of this worker's code) loads
// with the first edit, not at the worker's start: the start is on the way to a page's first result.
type GetEditedSession = NonNullable<ModelHandlerDeps['getEditedSession']>;
let editedSessions: Promise<GetEditedSession> | null = null;
const getEditedSession: GetEditedSession = async (url, edits, onProgress) => {
  if (!editedSessions) {
    editedSessions = import('../../lib/editedSessions').then(({ createEditedSessions }) =>
      createEditedSessions(
        {
          loadBytes: async (modelUrl, report) => {
            const bytes = fetchBytes(modelUrl, (loaded, total) => report({ part: 'model', loaded, total }));
            await startRuntime(report);
            const model = await bytes;
            report({ part: 'model', loaded: model.length, total: model.length, done: true });
            report({ part: 'prepare' });
            return model;
          },
          createSession: (bytes) => createSession(bytes, { file: 'the edited model' }),
        },
        EDITED_SESSION_LIMIT,
      ),
    );
    editedSessions.catch(() => (editedSessions = null)); // a failed chunk load is retried with the next edit
  }
  return (await editedSessions)(url, edits, onProgress);
};

/**
 * Starts answering: `firstRequest` (the one the worker's name carried, or null) first, then every
 * message. Without a first request the runtime starts now, before any model is asked for (a
 * stand-in model is its first session); with one, that model's session starts it. A failure is
 * kept by startRuntime and reported to the first request that needs the runtime.
 */
export function startModelWorker(scope: WorkerScope, firstRequest: unknown): (data: unknown) => Promise<void> {
  const handle = createModelHandler(
    {
      getSession,
      getEditedSession,
      createSession: (bytes) => createSession(bytes, { file: 'your model' }),
      // the recogniser and protobufjs load when a reader opens a file, not with every model
      loadOwnModel: () => import('../../lib/ownModel'),
    },
    (response: ModelResponse) => {
      const message = withResources(response);
      scope.postMessage(message, transferables(message));
    },
  );
  scope.addEventListener('message', (event) => void handle(event.data));
  if (firstRequest) void handle(firstRequest);
  else startRuntime().catch(() => undefined);
  return handle;
}
