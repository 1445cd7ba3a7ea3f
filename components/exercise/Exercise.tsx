import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  checkChoice, checkNumeric, choiceError, DEFAULT_TOLERANCE, EXERCISE_EVENT, isMultipleChoice,
  type ChoiceOption, type ExerciseResultDetail, type NumericVerdict, type Tolerance,
} from '../../lib/exercise';
import styles from './Exercise.module.css';

interface CommonProps {
  /** Stable id, e.g. "guidelines-g1-mac". Progress tracking keys on it; never reuse or rename one. */
  id: string;
  /** Short title shown after "Exercise n". */
  title?: string;
  /** The question. MDX children work too (and get markdown and math), used when `prompt` is absent. */
  prompt?: ReactNode;
  children?: ReactNode;
  /** Called on every check, right or wrong. A `CustomEvent('exercise-result')` is also dispatched on window. */
  onResult?: (id: string, correct: boolean) => void;
}

function report(id: string, correct: boolean, onResult?: (id: string, correct: boolean) => void) {
  onResult?.(id, correct);
  if (typeof window !== 'undefined') {
    window.dispatchEvent(new CustomEvent<ExerciseResultDetail>(EXERCISE_EVENT, { detail: { id, correct } }));
  }
}

function Frame({ id, title, prompt, children, labelId, body }: CommonProps & { labelId: string; body: ReactNode }) {
  return (
    <section className={styles.exercise} id={`exercise-${id}`} data-exercise-id={id} aria-labelledby={labelId}>
      <p className={styles.heading} id={labelId}>{title && <span>{title}</span>}</p>
      <div className={styles.prompt}>{prompt ?? children}</div>
      {body}
    </section>
  );
}

/** Formats an answer for "show solution": grouped digits for whole numbers, 4 significant digits otherwise. */
export function formatAnswer(n: number): string {
  if (Number.isInteger(n)) return n.toLocaleString('en-US');
  return Number(n.toPrecision(4)).toLocaleString('en-US', { maximumFractionDigits: 6 });
}

interface NumericProps extends CommonProps {
  /** The right answer — compute it with a lib/ function, never type it in. */
  answer: number;
  tolerance?: Tolerance;
  /** Shown beside the input ("MAC", "%", "channels"). "%" lets the reader type a % sign. */
  unit?: string;
  /** Shown once answered correctly or on "Show solution". */
  explanation?: ReactNode;
}

export function NumericExercise({ answer, tolerance = DEFAULT_TOLERANCE, unit, explanation, ...common }: NumericProps) {
  const labelId = useId();
  const inputId = useId();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<NumericVerdict | null>(null);
  const [revealed, setRevealed] = useState(false);

  const check = (e: FormEvent) => {
    e.preventDefault();
    const v = checkNumeric(text, answer, tolerance, { percent: unit === '%' });
    setVerdict(v);
    if (v.status !== 'invalid') report(common.id, v.status === 'correct', common.onResult);
  };
  const solved = verdict?.status === 'correct';
  const body = (
    <>
      <form className={styles.form} onSubmit={check} noValidate>
        <label htmlFor={inputId}>Your answer</label>
        <input id={inputId} type="text" inputMode="decimal" autoComplete="off" spellCheck={false} value={text}
          onChange={(e) => setText(e.target.value)} aria-describedby={`${inputId}-fb`} />
        {unit && <span>{unit}</span>}
        <span className={styles.actions}>
          <button type="submit" className="btn">Check</button>
          {!solved && !revealed && <button type="button" className="btn" onClick={() => setRevealed(true)}>Show solution</button>}
        </span>
      </form>
      <p id={`${inputId}-fb`} className={styles.feedback} role="status" aria-live="polite">
        {verdict && (
          <span className={verdict.status === 'correct' ? styles.ok : styles.bad}>
            <span className={styles.mark} aria-hidden="true">{verdict.status === 'correct' ? '✓' : '✗'}</span>
            {verdict.message}
          </span>
        )}
      </p>
      {(solved || revealed) && (
        <div className={styles.explanation}>
          <p><strong>Answer: {formatAnswer(answer)}{unit ? ` ${unit}` : ''}.</strong></p>
          {explanation}
        </div>
      )}
    </>
  );
  return <Frame {...common} labelId={labelId} body={body} />;
}

interface ChoiceProps extends CommonProps {
  options: ChoiceOption[];
}

export function ChoiceExercise({ options, ...common }: ChoiceProps) {
  const labelId = useId();
  const name = useId();
  const [selected, setSelected] = useState<number[]>([]);
  const [checked, setChecked] = useState<number[] | null>(null);
  const [revealAll, setRevealAll] = useState(false);
  const multiple = isMultipleChoice(options);
  const error = choiceError(options);
  if (error) return <Frame {...common} labelId={labelId} body={<p className="error-note">{error}</p>} />;

  const correct = checked !== null && checkChoice(options, checked);
  const showAll = correct || revealAll;
  const toggle = (i: number, on: boolean) => {
    setSelected((s) => (multiple ? (on ? [...s, i].sort((a, b) => a - b) : s.filter((x) => x !== i)) : [i]));
  };
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (selected.length === 0) return;
    setChecked(selected);
    report(common.id, checkChoice(options, selected), common.onResult);
  };
  const missed = checked !== null && !correct && options.some((o, i) => o.correct && !checked.includes(i));

  const body = (
    <form onSubmit={check} noValidate>
      {multiple && <p className={`output-note ${styles.hint}`}>Select all that apply.</p>}
      <div className={styles.options} role={multiple ? 'group' : 'radiogroup'} aria-labelledby={labelId}>
        {options.map((o, i) => {
          const wasChecked = checked?.includes(i) ?? false;
          const show = showAll || wasChecked;
          const state = show ? (o.correct ? styles.right : wasChecked ? styles.wrong : '') : '';
          return (
            <div key={i} className={`${styles.option} ${state}`}>
              <label>
                <input type={multiple ? 'checkbox' : 'radio'} name={name} checked={selected.includes(i)}
                  onChange={(e) => toggle(i, e.target.checked)} />
                <span>{o.text}</span>
              </label>
              {show && (
                <p className={styles.why}>
                  <span className={styles.mark}>{o.correct ? '✓ Right.' : '✗ Wrong.'}</span>{o.why}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <div className={styles.form}>
        <span className={styles.actions}>
          <button type="submit" className="btn" disabled={selected.length === 0}>Check</button>
          {!showAll && <button type="button" className="btn" onClick={() => setRevealAll(true)}>Show all explanations</button>}
        </span>
      </div>
      <p className={styles.feedback} role="status" aria-live="polite">
        {checked && (
          <span className={correct ? styles.ok : styles.bad}>
            <span className={styles.mark} aria-hidden="true">{correct ? '✓' : '✗'}</span>
            {correct ? 'Correct.' : missed ? 'Not quite: at least one correct option is not selected.' : 'Not quite: read the explanation and try again.'}
          </span>
        )}
      </p>
    </form>
  );
  return <Frame {...common} labelId={labelId} body={body} />;
}
