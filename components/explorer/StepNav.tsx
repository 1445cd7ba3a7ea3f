import { useId } from 'react';
import { formatShape } from '../../lib/format';
import { type Step } from '../../lib/steps';
import styles from './Explorer.module.css';

interface StepNavProps {
  steps: readonly Step[];
  index: number;
  onStep(index: number): void;
}

function kindLabel(step: Step): string {
  if (step.kind === 'unit') return step.unit?.type === 'down' ? 'down' : 'basic';
  return step.kind === 'input' || step.kind === 'stem' ? '' : 'head';
}

/**
 * Buttons, a scrubber and an overview strip of the whole network (every step with its output
 * shape) — the strip shows where the reader is and jumps on click. The explorer adds ←/→/Home/End.
 */
export function StepNav({ steps, index, onStep }: StepNavProps) {
  const scrubId = useId();
  const step = steps[index];
  return (
    <div className={styles.nav}>
      <div className="control-row" style={{ margin: 0 }}>
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus out of the explorer at either end */}
        <button type="button" className={`btn ${styles.stepButton}`} onClick={() => index > 0 && onStep(index - 1)} aria-disabled={index === 0} aria-label="Previous step" data-step-prev="">
          ← Previous
        </button>
        <button type="button" className={`btn ${styles.stepButton}`} onClick={() => index < steps.length - 1 && onStep(index + 1)} aria-disabled={index === steps.length - 1} aria-label="Next step" data-step-next="">
          Next →
        </button>
        <label htmlFor={scrubId}>Step</label>
        <input
          id={scrubId} type="range" min={0} max={steps.length - 1} step={1} value={index}
          onChange={(e) => onStep(Number(e.target.value))} aria-valuetext={`${index + 1} of ${steps.length}: ${step.title}`}
          className={styles.scrubber}
        />
        <output htmlFor={scrubId} className={styles.hint}>{index + 1} / {steps.length}</output>
      </div>
      <ol className={styles.strip} aria-label="The whole network, step by step">
        {steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button" onClick={() => onStep(i)} aria-current={i === index ? 'step' : undefined}
              className={`${styles.stripStep} ${styles[`kind-${s.kind === 'unit' ? s.unit?.type : s.kind}`] ?? ''}`}
              data-step-id={s.id}
            >
              {/* Named by its content (visible text first, then the full title), so the name contains what is seen. */}
              <span className={styles.stripName}>{s.short}</span>
              <span className={styles.stripKind}>{kindLabel(s)}</span>
              <span className={styles.stripShape}>{s.outputShape.join('×')}</span>
              <span className="visually-hidden">: {s.title}, output {formatShape(s.outputShape)}</span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}
