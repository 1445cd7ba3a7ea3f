import { useEffect, useState } from 'react';
import { countCorrect, summarize, summaryText } from '../../lib/progress';
import { storageNote } from './ExerciseFrame';
import { useProgress } from './useProgress';
import styles from './Exercise.module.css';

/** Exercise ids rendered on this page (found after mount, so the summary can sit anywhere on it). */
function usePageExerciseIds(): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    const found = Array.from(
      document.querySelectorAll<HTMLElement>('[data-exercise-id]'),
      (el) => el.dataset.exerciseId ?? '',
    );
    setIds([...new Set(found.filter(Boolean))]);
  }, []);
  return ids;
}

/** "n of m answered correctly" on this page, the book-wide count, and a button that forgets everything. */
export function ProgressSummary() {
  const { progress, status, store, clears } = useProgress();
  const ids = usePageExerciseIds();
  const summary = summarize(progress, ids);
  const bookWide = countCorrect(progress);
  const elsewhere = Object.keys(progress).length > summary.answered;
  const note = storageNote(status);

  return (
    <section className={styles.summary} aria-label="Your progress" data-progress-summary="">
      <p className={styles.summaryTitle}>Your progress</p>
      <div aria-live="polite">
        {store && ids.length > 0 ? (
          <>
            <p className={styles.summaryCount} data-testid="progress-count">
              {summaryText(summary)} on this page
            </p>
            <progress
              className={styles.meter}
              value={summary.correct}
              max={summary.total}
              aria-label={`${summaryText(summary)} on this page`}
            />
            <p data-testid="progress-book">
              Across the whole book: {bookWide} {bookWide === 1 ? 'exercise' : 'exercises'} answered correctly
              {elsewhere ? ', including exercises in other chapters' : ''}.
            </p>
          </>
        ) : (
          <p>Answer the exercises below; your results are counted here.</p>
        )}
      </div>
      <p className="output-note" data-storage-note={note ? '' : undefined}>
        {note ?? 'Your answers are kept only in this browser (its local storage). Nothing is sent anywhere.'}
      </p>
      <button type="button" className="btn" onClick={() => store?.clear()} disabled={!store}>
        Clear my progress
      </button>
      <p className="output-note" aria-live="polite">
        {clears > 0 ? 'Your progress was cleared.' : ''}
      </p>
    </section>
  );
}
