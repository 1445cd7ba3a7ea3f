import { useId, useState, type ReactNode } from 'react';
import { groupDigits } from '../../lib/units';
import styles from './Units.module.css';

/**
 * A minimal stand-in for the book's shared exercise component (components/exercise/Exercise.tsx,
 * being built on another branch) with the SAME props, so switching to it is a one-line import change.
 */

/** A number = absolute tolerance; an object may give `abs`, `rel` or both (either suffices). */
type Tolerance = number | { abs?: number; rel?: number };

interface CommonProps {
  id: string;
  title?: string;
  prompt: ReactNode;
}

interface NumericExerciseProps extends CommonProps {
  answer: number;
  /** default: half a percent relative, like the shared component */
  tolerance?: Tolerance;
  unit?: string;
  explanation?: ReactNode;
}

const SUFFIX: Record<string, number> = { k: 1e3, M: 1e6, G: 1e9 };

/** Reads "28 652", "28,652", "28652", "1.5e6", "0.82M" (and "75%" when `percent`); null when it is not a number. */
export function parseAnswer(text: string, percent = false): number | null {
  let cleaned = text.replace(/[\s\u00a0\u2009\u202f,_]/g, '').replace(/^\u2212/, '-');
  if (percent && cleaned.endsWith('%')) cleaned = cleaned.slice(0, -1);
  let scale = 1;
  if (cleaned.slice(-1) in SUFFIX) {
    scale = SUFFIX[cleaned.slice(-1)];
    cleaned = cleaned.slice(0, -1);
  }
  if (cleaned === '' || !/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return null;
  return Number(cleaned) * scale;
}

export function isWithin(value: number, answer: number, tolerance: Tolerance = { rel: 0.005 }): boolean {
  const { abs = 0, rel = 0 } = typeof tolerance === 'number' ? { abs: tolerance } : tolerance;
  const diff = Math.abs(value - answer);
  return diff <= abs + 1e-12 || diff <= rel * Math.abs(answer) + 1e-12;
}

/** The shared component reports results this way (for progress tracking); so does this stand-in. */
function report(id: string, correct: boolean) {
  window.dispatchEvent(new CustomEvent('exercise-result', { detail: { id, correct } }));
}

export function NumericExercise({ id, title, prompt, answer, tolerance, unit, explanation }: NumericExerciseProps) {
  const inputId = useId();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<'right' | 'wrong' | 'unreadable' | null>(null);
  const [revealed, setRevealed] = useState(false);
  const check = () => {
    const value = parseAnswer(text, unit === '%');
    if (value === null) {
      setVerdict('unreadable');
      return;
    }
    const ok = isWithin(value, answer, tolerance);
    setVerdict(ok ? 'right' : 'wrong');
    report(id, ok);
  };
  return (
    <section className={styles.exercise} id={`exercise-${id}`} data-exercise-id={id} aria-label={title ? `Exercise: ${title}` : 'Exercise'}>
      {title && <p className={styles.title}>{title}</p>}
      <div className={styles.prompt}>{prompt}</div>
      <form className="control-row" onSubmit={(e) => { e.preventDefault(); check(); }}>
        <label htmlFor={inputId}>Your answer{unit ? ` (${unit})` : ''}</label>
        <input id={inputId} type="text" inputMode="decimal" autoComplete="off" value={text} onChange={(e) => { setText(e.target.value); setVerdict(null); }} />
        <button type="submit" className="btn">Check</button>
        <button type="button" className="btn" aria-expanded={revealed} onClick={() => setRevealed((r) => !r)}>
          {revealed ? 'Hide solution' : 'Show solution'}
        </button>
      </form>
      <div aria-live="polite">
        {verdict === 'right' && <p className={styles.right}>Correct.</p>}
        {verdict === 'wrong' && <p className={styles.wrong}>Not quite — check your working, or open the solution.</p>}
        {verdict === 'unreadable' && <p className="error-note">Type a number, e.g. 1234 or 1.5e6 (spaces and commas between digits are fine).</p>}
      </div>
      {(revealed || verdict === 'right') && (
        <div className={styles.explanation}>
          <p><strong>Answer: {Number.isInteger(answer) ? groupDigits(answer) : Number(answer.toPrecision(4))}{unit ? ` ${unit}` : ''}.</strong></p>
          {explanation}
        </div>
      )}
    </section>
  );
}

interface ChoiceOption {
  text: ReactNode;
  correct: boolean;
  why: ReactNode;
}

export function ChoiceExercise({ id, title, prompt, options }: CommonProps & { options: ChoiceOption[] }) {
  const name = useId();
  const [chosen, setChosen] = useState<number | null>(null);
  const picked = chosen === null ? null : options[chosen];
  return (
    <section className={styles.exercise} id={`exercise-${id}`} data-exercise-id={id} aria-label={title ? `Exercise: ${title}` : 'Exercise'}>
      {title && <p className={styles.title}>{title}</p>}
      <fieldset className={styles.choices}>
        <legend className={styles.prompt}>{prompt}</legend>
        {options.map((o, i) => (
          <label key={i} className={styles.choice}>
            <input type="radio" name={name} checked={chosen === i} onChange={() => { setChosen(i); report(id, options[i].correct); }} />
            <span>{o.text}</span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        {picked && (
          <div className={styles.explanation}>
            <p className={picked.correct ? styles.right : styles.wrong}>{picked.correct ? 'Correct.' : 'Not this one.'}</p>
            {picked.why}
          </div>
        )}
      </div>
    </section>
  );
}
