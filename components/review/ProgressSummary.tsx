import { useEffect, useState } from 'react';
import { countCorrect, summarize, summaryText } from '../../lib/progress';
import { useProgress } from './useProgress';
import styles from './Exercise.module.css';

/** Exercise ids rendered on this page (found after mount, so any chapter can use the summary). */
function usePageExerciseIds(): string[] {
  const [ids, setIds] = useState<string[]>([]);
  useEffect(() => {
    const found = Array.from(document.querySelectorAll<HTMLElement>('[data-exercise-id]'), (el) => el.dataset.exerciseId ?? '');
    setIds([...new Set(found.filter(Boolean))]);
  }, []);
  return ids;
}

/** "n of m answered correctly", the book-wide count, and a button that forgets everything. */
export function ProgressSummary() {
  const { progress, ready, clear } = useProgress();
  const ids = usePageExerciseIds();
  const [message, setMessage] = useState('');
  const summary = summarize(progress, ids);
  const bookWide = countCorrect(progress);
  const stored = Object.keys(progress).length;

  const onClear = () => {
    const ok = clear();
    setMessage(ok ? 'Your progress was cleared.' : 'This browser does not allow storage, so there was nothing to clear.');
  };

  return (
    <section className={styles.summary} aria-label="Your progress" data-progress-summary="">
      <p className={styles.summaryTitle}>Your progress</p>
      <div aria-live="polite">
        {ready && ids.length > 0 ? (
          <>
            <p className={styles.summaryCount} data-testid="progress-count">{summaryText(summary)} on this page</p>
            <progress className={styles.meter} value={summary.correct} max={summary.total} aria-label={`${summaryText(summary)} on this page`} />
            <p data-testid="progress-book">
              Across the whole book: {bookWide} {bookWide === 1 ? 'exercise' : 'exercises'} answered correctly
              {stored > summary.answered ? ', including exercises in other chapters' : ''}.
            </p>
          </>
        ) : (
          <p>Answer the exercises below; your results are counted here.</p>
        )}
      </div>
      <p className="output-note">
        Your answers are kept only in this browser (localStorage). Nothing is sent anywhere.
      </p>
      <button type="button" className="btn" onClick={onClear} disabled={!ready}>Clear my progress</button>
      <p className="output-note" aria-live="polite">{message}</p>
    </section>
  );
}
