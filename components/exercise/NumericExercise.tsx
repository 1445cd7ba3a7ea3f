import { useId, useState, type FormEvent, type ReactNode } from 'react';
import {
  checkNumeric,
  DEFAULT_TOLERANCE,
  formatNumber,
  toleranceText,
  type NumericVerdict,
  type Tolerance,
} from '../../lib/exercise';
import { ExerciseFrame, Verdict, type ExerciseBaseProps } from './ExerciseFrame';
import { useProgress } from './useProgress';
import { useLocale } from '../i18n/locale';
import { exerciseMessages } from './exerciseMessages';
import styles from './Exercise.module.css';

export interface NumericExerciseProps extends ExerciseBaseProps {
  /** The right answer — compute it with a lib/ function, never type it in. */
  answer: number;
  /** Exact by default; a number is an absolute slack, `{ rel: 0.005 }` a relative one. */
  tolerance?: Tolerance;
  /** Shown beside the input ("parameters", "million", "%"). "%" lets the reader type a % sign. */
  unit?: string;
  /** Why the answer is what it is: shown after a right answer or on "Show the solution". */
  explanation: ReactNode;
}

/** Units written against the number: 12.5%, 3.9×, and a Chinese unit in full-width brackets: 3（输出位置）. */
const TIGHT_UNITS = new Set(['%', '×']);
const isTight = (unit: string) => TIGHT_UNITS.has(unit) || unit.startsWith('（');

function NumericQuestion({ answer, tolerance = DEFAULT_TOLERANCE, unit, explanation, ...base }: NumericExerciseProps) {
  const { store, status } = useProgress();
  const uid = useId();
  const locale = useLocale();
  const t = exerciseMessages[locale];
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<NumericVerdict | null>(null);
  const [revealed, setRevealed] = useState(false);

  const check = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim() === '') return;
    const v = checkNumeric(text, answer, tolerance, unit, locale);
    setVerdict(v);
    if (v.status !== 'invalid') store?.record({ id: base.id, correct: v.status === 'correct' });
  };
  const solved = verdict?.status === 'correct';
  const slack = toleranceText(tolerance, locale);
  const body = (
    <>
      <form className={styles.answerRow} onSubmit={check} noValidate>
        <label htmlFor={`${uid}-input`}>{t.yourAnswer}</label>
        <span className={styles.inputWithUnit}>
          <input
            id={`${uid}-input`}
            className={styles.answerInput}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-describedby={`${uid}-feedback`}
          />
          {unit && <span className={styles.unit}>{unit}</span>}
        </span>
        <button type="submit" className="btn" disabled={text.trim() === ''}>
          {t.check}
        </button>
        {!solved && !revealed && (
          <button type="button" className="btn" onClick={() => setRevealed(true)}>
            {t.showSolution}
          </button>
        )}
        {slack && <span className="output-note">{slack}</span>}
      </form>
      <Verdict
        id={`${uid}-feedback`}
        correct={verdict && verdict.status !== 'invalid' ? solved : null}
        message={verdict?.message}
        status={verdict && verdict.status !== 'invalid' ? status : null}
      />
      {(solved || revealed) && (
        <div className={styles.explanation}>
          <p>
            <strong>{t.answerIs(`${formatNumber(answer)}${unit ? (isTight(unit) ? unit : ` ${unit}`) : ''}`)}</strong>
          </p>
          {explanation}
        </div>
      )}
    </>
  );
  return <ExerciseFrame {...base} promptId={`${uid}-prompt`} body={body} />;
}

/** A question whose answer is a number, typed the way people write numbers (819 200, 8.192e5, 819k). */
export function NumericExercise(props: NumericExerciseProps) {
  // Clearing progress starts the exercise afresh: a new key remounts it with empty state.
  const { clears } = useProgress();
  return <NumericQuestion key={clears} {...props} />;
}
NumericExercise.isExercise = true as const;
