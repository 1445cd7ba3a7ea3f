import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { checkChoice, choiceError, multipleChoiceMessage } from '../../lib/exercise';
import { ExerciseFrame, Verdict, type ExerciseBaseProps } from './ExerciseFrame';
import { useProgress } from './useProgress';
import { useLocale } from '../i18n/locale';
import { exerciseMessages } from './exerciseMessages';
import styles from './Exercise.module.css';

export interface ChoiceOption {
  text: ReactNode;
  correct: boolean;
  /** Why this option is right or wrong: shown once it has been checked, and for all options once solved. */
  why: ReactNode;
}

export interface ChoiceExerciseProps extends ExerciseBaseProps {
  options: ChoiceOption[];
}

function OptionsQuestion({ options, multiple, ...base }: ChoiceExerciseProps & { multiple: boolean }) {
  const { store, status } = useProgress();
  const uid = useId();
  const locale = useLocale();
  const t = exerciseMessages[locale];
  const [selected, setSelected] = useState<number[]>([]);
  const [checked, setChecked] = useState<number[] | null>(null);
  const [revealed, setRevealed] = useState(false);
  const error = choiceError(options, multiple, locale);
  if (error) return <ExerciseFrame {...base} promptId={`${uid}-prompt`} body={<p className="error-note">{error}</p>} />;

  const correct = checked !== null && checkChoice(options, checked);
  const showAll = correct || revealed;
  const toggle = (i: number, on: boolean) =>
    setSelected((s) => (multiple ? (on ? [...s, i].sort((a, b) => a - b) : s.filter((x) => x !== i)) : [i]));
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (selected.length === 0) return;
    setChecked(selected);
    store?.record({ id: base.id, correct: checkChoice(options, selected) });
  };
  const message =
    checked === null
      ? null
      : multiple
        ? multipleChoiceMessage(options, checked, locale)
        : correct
          ? t.correct
          : t.notThisOne;

  const body = (
    <form onSubmit={check} noValidate>
      {multiple && (
        <p className={`output-note ${styles.hint}`} id={`${uid}-hint`}>
          {t.selectAll}
        </p>
      )}
      <div
        className={styles.options}
        role={multiple ? 'group' : 'radiogroup'}
        aria-labelledby={`${uid}-prompt`}
        aria-describedby={multiple ? `${uid}-hint` : undefined}>
        {options.map((o, i) => {
          const wasChecked = checked?.includes(i) ?? false;
          const show = showAll || wasChecked;
          const verdict = show ? (o.correct ? 'right' : wasChecked ? 'wrong' : 'other') : null;
          return (
            <div
              key={i}
              className={`${styles.option} ${verdict ? styles[verdict] : ''}`}
              data-verdict={verdict ?? undefined}>
              <label>
                <input
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${uid}-choice`}
                  checked={selected.includes(i)}
                  onChange={(e) => toggle(i, e.target.checked)}
                />
                <span>{o.text}</span>
              </label>
              {show && (
                <div className={styles.why}>
                  <span className={styles.mark}>{o.correct ? t.right : t.wrong}</span> {o.why}
                </div>
              )}
            </div>
          );
        })}
      </div>
      <div className={styles.answerRow}>
        <button type="submit" className="btn" disabled={selected.length === 0}>
          {t.check}
        </button>
        {!showAll && (
          <button type="button" className="btn" onClick={() => setRevealed(true)}>
            {t.showSolution}
          </button>
        )}
      </div>
      <Verdict
        id={`${uid}-feedback`}
        correct={checked === null ? null : correct}
        message={message}
        status={checked === null ? null : status}
      />
    </form>
  );
  return <ExerciseFrame {...base} promptId={`${uid}-prompt`} body={body} />;
}

/** One right option among several (radio buttons). Every option explains itself once checked. */
export function ChoiceExercise(props: ChoiceExerciseProps) {
  const { clears } = useProgress();
  return <OptionsQuestion key={clears} {...props} multiple={false} />;
}
ChoiceExercise.isExercise = true as const;

/** "Select all that apply" (checkboxes): right when exactly the right options are chosen. */
export function MultipleChoiceExercise(props: ChoiceExerciseProps) {
  const { clears } = useProgress();
  return <OptionsQuestion key={clears} {...props} multiple />;
}
MultipleChoiceExercise.isExercise = true as const;
