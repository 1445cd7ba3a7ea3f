import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExperimentId, SettingId } from '../../lib/labExperiments';
import { parseResponse, type LabResult, type ProgressMessage, type StartMessage } from '../../lib/labProtocol';
import { problem, problemText } from '../../lib/loadMessages';
import { errorMessage } from '../../lib/ort';
import { useLocale } from '../i18n/locale';
import { announceLoaded } from '../offline/serviceWorker';
import { workerFiles } from '../model/workerStart';

export type RunStatus = 'idle' | 'running' | 'cancelling' | 'done' | 'cancelled' | 'error';

export interface RunState {
  status: RunStatus;
  progress: ProgressMessage | null;
  result: LabResult | null;
  error: string | null;
}

/** If the worker does not acknowledge a cancel in time (a very long run), it is terminated. */
const CANCEL_GRACE_MS = 4000;

/** The lab's worker script, built beside the site with the model worker (scripts/build-worker.mjs). */
const LAB_WORKER_URL = process.env.NEXT_PUBLIC_LAB_WORKER ?? '';

/**
 * Owns one benchmark worker: created on the first run, kept for later runs (ORT stays loaded),
 * replaced after a failed run (so "Run again" recovers from a failed download), terminated on unmount. Every state change comes from a worker message.
 */
export function useLabRunner() {
  const locale = useLocale();
  const workerRef = useRef<Worker | null>(null);
  const cancelTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [state, setState] = useState<RunState>({ status: 'idle', progress: null, result: null, error: null });

  const clearCancelTimer = () => {
    if (cancelTimer.current) clearTimeout(cancelTimer.current);
    cancelTimer.current = null;
  };

  const dropWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);

  const ensureWorker = useCallback((): Worker => {
    if (workerRef.current) return workerRef.current;
    const worker = new Worker(LAB_WORKER_URL, { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent) => {
      const message = parseResponse(event.data);
      if (!message) return;
      if (message.type === 'progress') {
        setState((s) => (s.status === 'running' || s.status === 'cancelling' ? { ...s, progress: message } : s));
        return;
      }
      clearCancelTimer();
      if (message.type === 'result') {
        announceLoaded(workerFiles); // kept for offline reading, as the live figures' files are
        setState({ status: 'done', progress: null, result: message.result, error: null });
      } else if (message.type === 'cancelled') setState((s) => ({ ...s, status: 'cancelled', progress: null }));
      else {
        // A runtime that failed to start stays failed in its worker: the next run gets a new one.
        dropWorker();
        const error = message.problem ? problemText(message.problem, locale) : message.message;
        setState((s) => ({ ...s, status: 'error', progress: null, error }));
      }
    });
    worker.addEventListener('error', (event: ErrorEvent) => {
      clearCancelTimer();
      dropWorker();
      setState((s) => ({
        ...s,
        status: 'error',
        progress: null,
        error: problemText(problem('labWorkerFailed', event.message ?? ''), locale),
      }));
    });
    workerRef.current = worker;
    return worker;
  }, [dropWorker, locale]);

  const start = useCallback(
    (experiment: ExperimentId, setting: SettingId, optimize: boolean) => {
      let worker: Worker;
      try {
        worker = ensureWorker();
      } catch (error) {
        setState((s) => ({
          ...s,
          status: 'error',
          error: problemText(problem('labNoWorker', errorMessage(error, locale)), locale),
        }));
        return;
      }
      setState({ status: 'running', progress: null, result: null, error: null });
      const message: StartMessage = { type: 'start', experiment, setting, optimize };
      worker.postMessage(message);
    },
    [ensureWorker, locale],
  );

  const cancel = useCallback(() => {
    const worker = workerRef.current;
    if (!worker) return;
    setState((s) => (s.status === 'running' ? { ...s, status: 'cancelling' } : s));
    worker.postMessage({ type: 'cancel' });
    clearCancelTimer();
    cancelTimer.current = setTimeout(() => {
      dropWorker();
      setState((s) => (s.status === 'cancelling' ? { ...s, status: 'cancelled', progress: null } : s));
    }, CANCEL_GRACE_MS);
  }, [dropWorker]);

  /** Frees an idle worker (and the runtime's memory inside it); the next run starts a new one. */
  const release = useCallback(() => {
    if (state.status !== 'running' && state.status !== 'cancelling') dropWorker();
  }, [state.status, dropWorker]);

  useEffect(
    () => () => {
      clearCancelTimer();
      dropWorker();
    },
    [dropWorker],
  );

  return { state, start, cancel, release };
}
