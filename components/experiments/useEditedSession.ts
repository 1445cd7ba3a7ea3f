import { useEffect, useState } from 'react';
import type { Intervention } from '../../lib/onnxIntervene';
import type { Warmup } from '../../lib/modelProtocol';
import { errorMessage, type ModelSession } from '../../lib/ort';
import { getModelSession } from '../model/workerSession';

export interface EditedSessionState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  session: ModelSession | null;
  error: string | null;
  /** the edits this state belongs to (a stale session is never shown for new edits) */
  key: string;
}

/**
 * The model at `url` with `edits` applied, opened in the model worker beside the unmodified one
 * (the worker edits the ONNX graph itself). Idle until `active` and while `edits` is null; an empty
 * list opens the model as it is (the unmodified twin the cell compares an edited twin with).
 */
export function useEditedSession(
  url: string,
  edits: readonly Intervention[] | null,
  warmup: Warmup,
  active: boolean,
): EditedSessionState {
  const key = edits ? JSON.stringify(edits) : '';
  const [state, setState] = useState<EditedSessionState>({ status: 'idle', session: null, error: null, key: '' });
  useEffect(() => {
    if (!active || !edits) return;
    let live = true;
    setState({ status: 'loading', session: null, error: null, key });
    getModelSession(url, undefined, warmup, edits).then(
      (session) => live && setState({ status: 'ready', session, error: null, key }),
      (error: unknown) => live && setState({ status: 'error', session: null, error: errorMessage(error), key }),
    );
    return () => {
      live = false;
    };
    // `key` stands for `edits`; warmup is fixed per model
  }, [url, key, active]); // eslint-disable-line react-hooks/exhaustive-deps
  return state.key === key ? state : { status: active && key ? 'loading' : 'idle', session: null, error: null, key };
}
