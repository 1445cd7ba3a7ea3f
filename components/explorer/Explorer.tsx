import { useMemo, type KeyboardEvent } from 'react';
import { buildSteps, moveStep, outputName, stepIndex } from '../../lib/steps';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { FRAMING, MODEL_LABELS, MODEL_NAMES } from '../model/catalog';
import { LoadState } from '../model/LoadState';
import { useForward } from '../model/useForward';
import { useModel } from '../model/useModel';
import { InputPanel } from './InputPanel';
import { StepNav } from './StepNav';
import { StepView } from './StepView';
import { useBenchHook } from './useBenchHook';
import { useExplorerInput } from './useExplorerInput';
import { ChannelTrace } from './detail/ChannelTrace';
import { ValuePickArea } from './detail/ValuePickArea';
import styles from './Explorer.module.css';

const { model: modelParam, step: stepParam } = URL_STATE.explorer;

/** Keys that belong to the focused control, not to the explorer's stepping. */
function ownsKeys(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) || el.isContentEditable;
}

/**
 * The chapter's explorer: give the trained network an input (draw, pick, upload) and walk through
 * it step by step, seeing the real tensors of every step. Model, sample and step live in the URL.
 */
export function Explorer() {
  const [name, setName] = useUrlState(modelParam);
  const [stepId, setStepId] = useUrlState(stepParam);
  const model = useModel(name);
  const { manifest } = model;
  const input = useExplorerInput(model, FRAMING[name]);
  const steps = useMemo(() => buildSteps(manifest), [manifest]);
  const index = stepIndex(steps, stepId);
  const step = steps[index];
  // The step's own tensors come from the runtime even where they could be rebuilt (concat, shuffle).
  const shown = useMemo(() => [...(step.input ? [step.input] : []), ...step.tensors], [step]);
  const { result, error } = useForward(model, input.pixels, shown);
  const go = (i: number) => setStepId(steps[moveStep(steps, i, 0)].id);
  useBenchHook(model, result, input.feedPixels, shown);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target)) return;
    const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: steps.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    go(target);
  };

  return (
    <section
      className={`chapter-wide ${styles.explorer}`} aria-label="ShuffleNetV2 explorer" onKeyDown={onKeyDown}
      data-state={result ? 'ready' : model.status} data-model={name}
    >
      <fieldset className={styles.models}>
        <legend>Model</legend>
        {MODEL_NAMES.map((m) => (
          <label key={m}>
            <input type="radio" name="explorer-model" value={m} checked={name === m} onChange={() => setName(m)} />
            {MODEL_LABELS[m]}
          </label>
        ))}
      </fieldset>
      <LoadState model={model} what={`the ${name} model`} shows="every layer’s real feature maps for an input you draw, pick or upload, and the prediction" />
      {error && <p className="error-note" role="alert">{error}</p>}
      <InputPanel manifest={manifest} samples={model.samples} input={input} probs={result?.tensors[outputName(manifest, 'probs')]} framing={FRAMING[name]} />
      <StepNav steps={steps} index={index} onStep={go} />
      <p className={styles.hint}>
        Keys while the explorer has focus: ← and → step, Home and End jump to the input and the softmax.
        {result && (
          <>
            {' '}Last forward pass: {result.ms.toFixed(1)} ms, with {result.fetched} tensors copied out of the runtime: every computed one and
            this step&rsquo;s own. The other {result.derived} (concats, shuffles and untouched halves) only move channels, so they are
            rearranged from those if another step shows them.
          </>
        )}
      </p>
      <ValuePickArea key={`${name}:${step.id}`} model={model} pixels={input.pixels} initial={step.kind === 'logits' || step.kind === 'probs' ? { tensor: step.tensors[0], position: { channel: 0, y: 0, x: 0 } } : null} hint={step.kind !== 'input'}>
        <StepView step={step} tensors={result?.tensors} manifest={manifest} trueLabel={input.trueLabel} />
      </ValuePickArea>
      {step.unit && <ChannelTrace key={name} model={model} pixels={input.pixels} stage={step.unit.stage} />}
    </section>
  );
}
