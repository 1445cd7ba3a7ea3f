import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { formatShape } from '../../lib/format';
import { type Step } from '../../lib/steps';
import { UnitView } from '../model/UnitView';
import { LogitsView, ProbsView } from './HeadViews';
import { ConvView, InputView, PoolView } from './LayerViews';
import styles from './Explorer.module.css';

interface StepViewProps {
  step: Step;
  tensors: Record<string, PlainTensor> | undefined;
  manifest: ModelManifest;
  trueLabel: number | null;
}

/** One step of the network: what it computes, in words, and its real tensors. */
export function StepView({ step, tensors, manifest, trueLabel }: StepViewProps) {
  return (
    <section className={styles.stepView} aria-labelledby={`step-title-${step.id}`} data-step={step.id} data-has-tensors={tensors ? 'yes' : 'no'}>
      <h3 id={`step-title-${step.id}`} className={styles.stepTitle}>
        {step.index + 1}. {step.title}
      </h3>
      <p className={styles.stepOp}>
        {step.operation}.{' '}
        {step.inputShape && <span className={styles.shapes}>{formatShape(step.inputShape)} → {formatShape(step.outputShape)}</span>}
      </p>
      {step.kind === 'input' && <InputView step={step} tensors={tensors} manifest={manifest} />}
      {(step.kind === 'stem' || step.kind === 'conv5') && <ConvView step={step} tensors={tensors} />}
      {step.kind === 'unit' && step.unit && <UnitView unit={step.unit} tensors={tensors} />}
      {step.kind === 'pool' && <PoolView step={step} tensors={tensors} />}
      {step.kind === 'logits' && <LogitsView step={step} tensors={tensors} manifest={manifest} trueLabel={trueLabel} />}
      {step.kind === 'probs' && <ProbsView step={step} tensors={tensors} manifest={manifest} trueLabel={trueLabel} />}
    </section>
  );
}
