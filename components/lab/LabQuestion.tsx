import { useId, useState, type FormEvent, type ReactNode } from 'react';
import styles from './LabQuestion.module.css';

export interface Choice {
  text: ReactNode;
  correct?: boolean;
  /** Why this option is right or wrong, shown once it has been checked. */
  why: ReactNode;
}

/**
 * A single-choice exercise with instant feedback. Reports every check as
 * `CustomEvent('exercise-result', { detail: { id, correct } })` on window, the event the book's
 * progress tracking listens to.
 */
export function LabQuestion({ id, prompt, choices }: { id: string; prompt: ReactNode; choices: Choice[] }) {
  const name = useId();
  const promptId = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const correct = checked !== null && Boolean(choices[checked]?.correct);

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (selected === null) return;
    setChecked(selected);
    window.dispatchEvent(new CustomEvent('exercise-result', { detail: { id, correct: Boolean(choices[selected].correct) } }));
  };

  return (
    <section className={styles.question} id={`exercise-${id}`} aria-labelledby={promptId}>
      <p className={styles.heading} aria-hidden="true" />
      <div className={styles.prompt} id={promptId}>{prompt}</div>
      <form onSubmit={check} noValidate>
        <div role="radiogroup" aria-labelledby={promptId}>
          {choices.map((c, i) => {
            const shown = checked === i || correct;
            const mark = shown ? (c.correct ? styles.right : checked === i ? styles.wrong : '') : '';
            return (
              <div key={i} className={`${styles.option} ${mark}`}>
                <label>
                  <input type="radio" name={name} checked={selected === i} onChange={() => setSelected(i)} />
                  <span>{c.text}</span>
                </label>
                {shown && (checked === i || c.correct) && (
                  <p className={styles.why}><strong>{c.correct ? '✓ Right. ' : '✗ Not this one. '}</strong>{c.why}</p>
                )}
              </div>
            );
          })}
        </div>
        <button type="submit" className="btn" disabled={selected === null}>Check</button>
        <span className={styles.feedback} role="status">
          {checked !== null && (correct ? 'Correct.' : 'Not quite — read why, then try another answer.')}
        </span>
      </form>
    </section>
  );
}
