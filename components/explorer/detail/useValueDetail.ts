import { useEffect, useMemo, useState } from 'react';
import type { OutputSpec } from '../../../lib/manifest';
import { errorMessage, type ModelSession, type PlainTensor } from '../../../lib/ort';
import {
  explainValue,
  explanationInputs,
  explanationWeights,
  valueAt,
  type LayerWeightData,
  type ValueExplanation,
  type ValuePosition,
} from '../../../lib/valueComputation';
import { useForward } from '../../model/useForward';
import type { ModelState } from '../../model/useModel';
import { ValueError, valueProblemText } from '../../../lib/valueComputationMessages';
import { useLocale, useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';

// Weights never change: read once per session and layer, shared by every panel.
const weightCache = new WeakMap<ModelSession, Map<string, Promise<LayerWeightData>>>();

function layerWeights(session: ModelSession, spec: OutputSpec, noWeights: string): Promise<LayerWeightData> {
  let cache = weightCache.get(session);
  if (!cache) weightCache.set(session, (cache = new Map()));
  let pending = cache.get(spec.name);
  if (!pending) {
    const [weight, bias] = explanationWeights(spec);
    if (!session.weights) return Promise.reject(new Error(noWeights));
    pending = session.weights([weight, bias]).then((t) => ({ weight: t[weight], bias: t[bias] }));
    cache.set(spec.name, pending);
    pending.catch(() => cache.delete(spec.name));
  }
  return pending;
}

export interface ValueDetailState {
  spec: OutputSpec | null;
  explanation: ValueExplanation | null;
  /** the runtime's own value at the position, from the same forward pass */
  runtime: number | null;
  /** the output tensor itself, for the position's bounds */
  output: PlainTensor | null;
  error: string | null;
}

/**
 * One value of `tensorName` explained: runs the model on `pixels` with the output and its inputs
 * requested from the runtime (even concats and shuffles, so the comparison is with the runtime's
 * own numbers), reads the layer's weights from the model file in the worker, and recomputes.
 */
export function useValueDetail(
  model: ModelState,
  pixels: Uint8Array | null,
  tensorName: string,
  position: ValuePosition,
): ValueDetailState {
  const spec = model.manifest.outputs.find((o) => o.name === tensorName) ?? null;
  const shown = useMemo(
    () => (spec ? [spec.name, ...explanationInputs(spec).filter((n) => n !== model.manifest.input.name)] : []),
    [spec, model.manifest],
  );
  const { result, error: runError } = useForward(model, pixels, shown);
  const [weights, setWeights] = useState<{ for: string; data: LayerWeightData } | null>(null);
  const [weightError, setWeightError] = useState<string | null>(null);
  const needsWeights = Boolean(spec?.layer?.weights);
  const t = useMessages(detailMessages);
  const locale = useLocale();

  useEffect(() => {
    if (!model.session || !spec || !needsWeights) return;
    let live = true;
    setWeightError(null);
    layerWeights(model.session, spec, t.noWeights).then(
      (data) => live && setWeights({ for: spec.name, data }),
      (e: unknown) => live && setWeightError(t.weightsFailed(errorMessage(e, locale))),
    );
    return () => {
      live = false;
    };
  }, [model.session, spec, needsWeights, t, locale]);

  return useMemo(() => {
    const none = { spec, explanation: null, runtime: null, output: null };
    if (!spec) return { ...none, error: t.noTensor(tensorName) };
    if (runError || weightError) return { ...none, error: runError ?? weightError };
    const output = result?.tensors[spec.name];
    const w = needsWeights ? (weights?.for === spec.name ? weights.data : null) : null;
    if (!result || !output || (needsWeights && !w)) return { ...none, error: null };
    try {
      const inputs = Object.fromEntries(explanationInputs(spec).map((n) => [n, result.tensors[n]]));
      return {
        spec,
        explanation: explainValue(spec, inputs, w, position),
        runtime: valueAt(output, position),
        output,
        error: null,
      };
    } catch (e) {
      // the value panel says why in the page's language
      return {
        ...none,
        output,
        error: e instanceof ValueError ? valueProblemText(e.problem, locale) : errorMessage(e, locale),
      };
    }
  }, [spec, tensorName, runError, weightError, result, needsWeights, weights, position, t, locale]);
}
