import { createElement } from 'react';
import type { ModelManifest } from '../../lib/manifest';
import type { PlainTensor } from '../../lib/ort';
import { formatShape } from '../../lib/format';
import { type Step } from '../../lib/steps';
import { UnitView } from '../model/UnitView';
import { LogitsView, ProbsView, type ExplainValue } from './HeadViews';
import { ConvView, InputView, PoolView, type MapsContext } from './LayerViews';
import { OpStepView } from './OpStepView';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

interface StepViewProps {
  step: Step;
  steps: readonly Step[];
  tensors: Record<string, PlainTensor> | undefined;
  manifest: ModelManifest;
  trueLabel: number | null;
  ctx: MapsContext;
  onStep(index: number): void;
  compact?: boolean;
  /** explains one value of a vector step (a class's score), where the step offers it */
  explain?: ExplainValue;
}

/** One step of the network: what it computes, in words, and its real tensors. */
export function StepView({ step, steps, tensors, manifest, trueLabel, ctx, onStep, compact, explain }: StepViewProps) {
  const t = useMessages(explorerMessages);
  return (
    <section
      className={styles.stepView}
      aria-labelledby={`step-title-${step.id}`}
      data-step={step.id}
      data-has-tensors={tensors ? 'yes' : 'no'}>
      {/* h2 on the explorer's own page (under its h1), h3 in a chapter (under the section's h2) */}
      {createElement(
        compact ? 'h3' : 'h2',
        { id: `step-title-${step.id}`, className: styles.stepTitle },
        <span className={styles.stepNumber}>
          {step.index + 1}/{steps.length}
        </span>,
        ' ',
        step.title,
      )}
      <p className={styles.stepOp}>
        {step.operation}
        {/[.!?。！？]$/.test(step.operation) ? '' : t.sentenceEnd}{' '}
        {step.inputShape && (
          <span className={styles.shapes}>
            {formatShape(step.inputShape)} → {formatShape(step.outputShape)}
          </span>
        )}
      </p>
      {step.kind === 'input' && <InputView step={step} tensors={tensors} manifest={manifest} ctx={ctx} />}
      {(step.kind === 'stem' || step.kind === 'maxpool' || step.kind === 'conv5') && (
        <ConvView step={step} tensors={tensors} manifest={manifest} ctx={ctx} />
      )}
      {step.kind === 'op' && (
        <OpStepView
          step={step}
          steps={steps}
          tensors={tensors}
          manifest={manifest}
          width={ctx.width}
          contrast={ctx.contrast}
          onOpen={ctx.onOpen}
          onStep={onStep}
          compact={compact}
        />
      )}
      {step.kind === 'unit' && step.unit && (
        <UnitView unit={step.unit} tensors={tensors} headingLevel={compact ? 4 : 3} />
      )}
      {step.kind === 'pool' && <PoolView step={step} tensors={tensors} ctx={ctx} />}
      {step.kind === 'logits' && (
        <LogitsView
          step={step}
          tensors={tensors}
          manifest={manifest}
          trueLabel={trueLabel}
          width={ctx.width}
          explain={explain}
        />
      )}
      {step.kind === 'probs' && <ProbsView step={step} tensors={tensors} manifest={manifest} trueLabel={trueLabel} />}
    </section>
  );
}
