import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import { EarlierResult } from './EarlierResult';
import { reportResult, useProgressCleared } from './useProgress';
import styles from './Exercise.module.css';

export interface ChoiceOption {
  text: ReactNode;
  correct: boolean;
  /** why this option is right or wrong — shown when the reader picks it */
  why: ReactNode;
}

export interface ChoiceExerciseProps {
  id: string;
  prompt: ReactNode;
  options: ChoiceOption[];
}

/** A multiple-choice question with one right option; each option explains itself when chosen. */
export function ChoiceExercise({ id, prompt, options }: ChoiceExerciseProps) {
  const uid = useId();
  const [selected, setSelected] = useState<number | null>(null);
  const [checked, setChecked] = useState<number | null>(null);
  const [nothingChosen, setNothingChosen] = useState(false);
  useProgressCleared(useCallback(() => {
    setSelected(null);
    setChecked(null);
    setNothingChosen(false);
  }, []));

  if (options.filter((o) => o.correct).length !== 1) {
    throw new Error(`ChoiceExercise "${id}" needs exactly one correct option.`);
  }

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (selected === null) {
      setNothingChosen(true);
      return;
    }
    setNothingChosen(false);
    setChecked(selected);
    reportResult(id, options[selected].correct);
  };

  const chosen = checked === null ? null : options[checked];
  return (
    <section className={styles.exercise} data-exercise-id={id} aria-labelledby={`${uid}-prompt`}>
      <p className={styles.kicker}>
        <span>Exercise</span>
        <EarlierResult id={id} />
      </p>
      <form onSubmit={check} noValidate>
        <fieldset className={styles.fieldset} aria-describedby={`${uid}-feedback`}>
          <legend className={styles.legend} id={`${uid}-prompt`}><span className={styles.prompt}>{prompt}</span></legend>
          <ul className={styles.options}>
            {options.map((o, i) => {
              const isChecked = checked === i;
              const cls = isChecked ? (o.correct ? styles.chosenRight : styles.chosenWrong) : '';
              return (
                <li key={i}>
                  <label className={`${styles.option} ${cls}`}>
                    <input
                      type="radio"
                      name={`${uid}-choice`}
                      value={i}
                      checked={selected === i}
                      onChange={() => setSelected(i)}
                    />
                    <span>{o.text}</span>
                    {isChecked && (
                      <span className={`${styles.mark} ${o.correct ? styles.markRight : styles.markWrong}`}>
                        {o.correct ? '✓ right' : '✗ wrong'}
                      </span>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
        <button type="submit" className="btn">Check</button>
      </form>
      <div className={styles.feedback} id={`${uid}-feedback`} aria-live="polite">
        {nothingChosen && <p className="error-note">Choose one of the options first.</p>}
        {chosen && (
          <>
            <p className={chosen.correct ? styles.right : styles.wrong}>
              <span aria-hidden="true">{chosen.correct ? '✓ ' : '✗ '}</span>
              {chosen.correct ? 'Correct.' : 'Not this one.'}
            </p>
            <div className={styles.explanation}>{chosen.why}</div>
          </>
        )}
      </div>
    </section>
  );
}
