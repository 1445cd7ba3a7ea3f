import { useContext, useId, type ReactNode } from 'react';
import type { StorageStatus } from '../../lib/progress';
import { useMessages } from '../i18n/locale';
import { exerciseMessages } from './exerciseMessages';
import { useProgress } from './useProgress';
import { ExerciseNumberContext } from './context';
import styles from './Exercise.module.css';

export interface ExerciseBaseProps {
  /** Stable id, unique across the book: progress is stored under it. Never rename one (readers' progress would be lost). */
  id: string;
  /** Short title shown after "Exercise 5.2". */
  title?: string;
  /** The question. MDX children work too (with markdown and math), used when `prompt` is absent. */
  prompt?: ReactNode;
  children?: ReactNode;
}

/** What an exercise says when its answer cannot be kept (shown once the reader has checked an answer). */
export function storageNote(
  status: StorageStatus,
  t: Pick<(typeof exerciseMessages)['en'], 'storageBlocked' | 'storageFull'> = exerciseMessages.en,
): string | null {
  if (status === 'blocked') return t.storageBlocked;
  if (status === 'full') return t.storageFull;
  return null;
}

function EarlierResult({ id }: { id: string }) {
  const { progress } = useProgress();
  const t = useMessages(exerciseMessages);
  const record = progress[id];
  if (!record) return null;
  return (
    <span className={styles.earlier} data-earlier={record.correct ? 'correct' : 'wrong'}>
      {record.correct ? t.answeredCorrectly : t.notRightYet}
      {t.tries(record.attempts)}
    </span>
  );
}

/** The one frame of every exercise: number, title, earlier result, the question, then the answer part. */
export function ExerciseFrame({
  id,
  title,
  prompt,
  children,
  promptId,
  body,
}: ExerciseBaseProps & { promptId: string; body: ReactNode }) {
  const headingId = useId();
  const number = useContext(ExerciseNumberContext);
  const t = useMessages(exerciseMessages);
  return (
    <section className={styles.exercise} id={`exercise-${id}`} data-exercise-id={id} aria-labelledby={headingId}>
      <div className={styles.header}>
        <p className={styles.heading} id={headingId}>
          {t.heading(number ?? '')}
          {title && <span className={styles.title}>{title}</span>}
        </p>
        <EarlierResult id={id} />
      </div>
      <div className={styles.prompt} id={promptId}>
        {prompt ?? children}
      </div>
      {body}
    </section>
  );
}

/** The verdict line: ✓/✗ and words, announced politely to screen readers. */
export function Verdict({
  id,
  correct,
  message,
  status,
}: {
  id: string;
  correct: boolean | null;
  message: ReactNode;
  status: StorageStatus | null;
}) {
  const t = useMessages(exerciseMessages);
  const note = status ? storageNote(status, t) : null;
  return (
    <div id={id} className={styles.feedback} role="status">
      {correct !== null && (
        <p className={correct ? styles.ok : styles.bad}>
          <span className={styles.mark} aria-hidden="true">
            {correct ? '✓' : '✗'}
          </span>
          {message}
        </p>
      )}
      {correct === null && message && <p className="error-note">{message}</p>}
      {note && (
        <p className={`output-note ${styles.storageNote}`} data-storage-note="">
          {note}
        </p>
      )}
    </div>
  );
}
