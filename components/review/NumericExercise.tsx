import { useCallback, useId, useState, type FormEvent, type ReactNode } from 'react';
import { isWithinTolerance, parseNumericAnswer } from '../../lib/progress';
import { EarlierResult } from './EarlierResult';
import { reportResult, useProgressCleared } from './useProgress';
import styles from './Exercise.module.css';

export interface NumericExerciseProps {
  /** stable id, unique across the book: progress is stored under it */
  id: string;
  prompt: ReactNode;
  /** the right answer — compute it from lib/, never type it in */
  answer: number;
  /** accepted absolute error (default 0: exact) */
  tolerance?: number;
  /** accepted relative error, e.g. 0.01 for 1 % */
  relTolerance?: number;
  /** what the number counts, shown beside the input ("parameters", "channels") */
  unit?: string;
  explanation: ReactNode;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'invalid'; message: string }
  | { kind: 'checked'; value: number; correct: boolean };

export function formatExact(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 4 });
}

/** A question with a number for an answer, checked the moment the reader presses Check. */
export function NumericExercise({ id, prompt, answer, tolerance = 0, relTolerance = 0, unit, explanation }: NumericExerciseProps) {
  const uid = useId();
  const [raw, setRaw] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [revealed, setRevealed] = useState(false);
  useProgressCleared(useCallback(() => {
    setRaw('');
    setStatus({ kind: 'idle' });
    setRevealed(false);
  }, []));

  const check = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseNumericAnswer(raw);
    if ('error' in parsed) {
      setStatus({ kind: 'invalid', message: parsed.error });
      return;
    }
    const correct = isWithinTolerance(parsed.value, answer, tolerance, relTolerance);
    setStatus({ kind: 'checked', value: parsed.value, correct });
    reportResult(id, correct);
  };

  const exact = tolerance === 0 && relTolerance === 0;
  const answerText = `${formatExact(answer)}${unit ? ` ${unit}` : ''}`;
  return (
    <section className={styles.exercise} data-exercise-id={id} aria-labelledby={`${uid}-prompt`}>
      <p className={styles.kicker}>
        <span>Exercise</span>
        <EarlierResult id={id} />
      </p>
      <div className={styles.prompt} id={`${uid}-prompt`}>{prompt}</div>
      <form className="control-row" onSubmit={check} noValidate>
        <label>
          Your answer
          <input
            className={styles.answerInput}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={raw}
            onChange={(e) => setRaw(e.target.value)}
            aria-describedby={`${uid}-feedback`}
          />
          {unit && <span className={styles.unit}>{unit}</span>}
        </label>
        <button type="submit" className="btn">Check</button>
        {!exact && (
          <span className="output-note">
            within {tolerance > 0 ? formatExact(tolerance) : `${+(relTolerance * 100).toFixed(2)} %`}
          </span>
        )}
      </form>
      <div className={styles.feedback} id={`${uid}-feedback`} aria-live="polite">
        {status.kind === 'invalid' && <p className="error-note">{status.message}</p>}
        {status.kind === 'checked' && status.correct && (
          <>
            <p className={styles.right}><span aria-hidden="true">✓ </span>Correct{exact ? '' : ` — the exact value is ${answerText}`}.</p>
            <div className={styles.explanation}>{explanation}</div>
          </>
        )}
        {status.kind === 'checked' && !status.correct && (
          <>
            <p className={styles.wrong}>
              <span aria-hidden="true">✗ </span>Not quite: {formatExact(status.value)} is too {status.value > answer ? 'high' : 'low'}.
              {' '}Try again, or look at the solution.
            </p>
            {!revealed && (
              <button type="button" className="btn" onClick={() => setRevealed(true)}>Show the solution</button>
            )}
            {revealed && (
              <div className={styles.explanation}>
                <p>The answer is <strong>{answerText}</strong>.</p>
                {explanation}
              </div>
            )}
          </>
        )}
      </div>
    </section>
  );
}
