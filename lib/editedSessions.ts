/**
 * Sessions of edited models (lib/onnxIntervene.ts) for the model worker: the base model's bytes
 * are downloaded once per URL, each edit list becomes a new ONNX file and a session of its own.
 * Each edited session holds a copy of the weights, so only the most recently used `limit` are
 * kept; an evicted one is released and rebuilt from the cached bytes if it is asked for again.
 */
import { intervene, type Intervention } from './onnxIntervene';
import type { LoadProgress, ModelSession } from './ort';
import { sessionKey } from './modelProtocol';

export interface EditedSessionDeps {
  /** the base model's bytes (with download progress) */
  loadBytes(url: string, onProgress: (progress: LoadProgress) => void): Promise<Uint8Array>;
  createSession(bytes: Uint8Array): Promise<ModelSession>;
}

export function createEditedSessions(deps: EditedSessionDeps, limit: number) {
  const bytes = new Map<string, Promise<Uint8Array>>();
  const sessions = new Map<string, Promise<ModelSession>>(); // in order of last use

  return function getEditedSession(
    url: string,
    edits: readonly Intervention[],
    onProgress: (progress: LoadProgress) => void,
  ): Promise<ModelSession> {
    const key = sessionKey(url, edits);
    const cached = sessions.get(key);
    if (cached) {
      sessions.delete(key);
      sessions.set(key, cached);
      return cached;
    }
    let base = bytes.get(url);
    if (!base) {
      base = deps.loadBytes(url, onProgress);
      bytes.set(url, base);
      base.catch(() => bytes.delete(url));
    }
    // intervene() throws for an edit the model cannot take (a unit it lacks): the open fails with its message.
    const pending = base.then((b) => deps.createSession(intervene(b, edits)));
    sessions.set(key, pending);
    pending.catch(() => sessions.delete(key));
    while (sessions.size > limit) {
      const [oldest, session] = sessions.entries().next().value as [string, Promise<ModelSession>];
      sessions.delete(oldest);
      void session.then(
        (s) => s.release(),
        () => undefined,
      );
    }
    return pending;
  };
}
