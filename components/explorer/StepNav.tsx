import { useId } from 'react';
import { type Step } from '../../lib/steps';
import { useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './Explorer.module.css';

interface StepNavProps {
  steps: readonly Step[];
  index: number;
  onStep(index: number): void;
}

/**
 * Previous / Next and a scrubber over every step (the overview above jumps by clicking). The
 * explorer adds ←/→/Home/End. On a phone this is the sticky bar at the bottom of the screen.
 */
export function StepNav({ steps, index, onStep }: StepNavProps) {
  const scrubId = useId();
  const step = steps[index];
  const t = useMessages(explorerMessages);
  return (
    <div className={styles.nav} data-step-nav="">
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus out of the explorer at either end */}
      <button
        type="button"
        className={`btn ${styles.stepButton}`}
        onClick={() => index > 0 && onStep(index - 1)}
        aria-disabled={index === 0}
        aria-label={t.previousStep}
        data-step-prev="">
        ← <span className={styles.wide}>{t.previous}</span>
      </button>
      <label htmlFor={scrubId} className={styles.scrubLabel}>
        {t.step}
      </label>
      <input
        id={scrubId}
        type="range"
        min={0}
        max={steps.length - 1}
        step={1}
        value={index}
        onChange={(e) => onStep(Number(e.target.value))}
        aria-valuetext={t.stepValueText(index + 1, steps.length, step.title)}
        className={styles.scrubber}
      />
      <output htmlFor={scrubId} className={styles.count}>
        {index + 1} / {steps.length}
      </output>
      <button
        type="button"
        className={`btn ${styles.stepButton}`}
        onClick={() => index < steps.length - 1 && onStep(index + 1)}
        aria-disabled={index === steps.length - 1}
        aria-label={t.nextStep}
        data-step-next="">
        <span className={styles.wide}>{t.next}</span> →
      </button>
    </div>
  );
}
