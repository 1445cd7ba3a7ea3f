import { useEffect, useState } from 'react';
import { countCorrect, summarize, summaryText } from '../../lib/progress';
import { storageNote } from './ExerciseFrame';
import { useProgress } from './useProgress';
import { useLocale } from '../i18n/locale';
import { exerciseMessages } from './exerciseMessages';
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
  const locale = useLocale();
  const t = exerciseMessages[locale];
  const summary = summarize(progress, ids);
  const onThisPage = t.onThisPage(summaryText(summary, locale));
  const bookWide = countCorrect(progress);
  const elsewhere = Object.keys(progress).length > summary.answered;
  const note = storageNote(status, t);

  return (
    <section className={styles.summary} aria-label={t.progressTitle} data-progress-summary="">
      <p className={styles.summaryTitle}>{t.progressTitle}</p>
      <div aria-live="polite">
        {store && ids.length > 0 ? (
          <>
            <p className={styles.summaryCount} data-testid="progress-count">
              {onThisPage}
            </p>
            <progress className={styles.meter} value={summary.correct} max={summary.total} aria-label={onThisPage} />
            <p data-testid="progress-book">{t.bookWide(bookWide, elsewhere)}</p>
          </>
        ) : (
          <p>{t.answerBelow}</p>
        )}
      </div>
      <p className="output-note" data-storage-note={note ? '' : undefined}>
        {note ?? t.keptLocally}
      </p>
      <button type="button" className="btn" onClick={() => store?.clear()} disabled={!store}>
        {t.clear}
      </button>
      <p className="output-note" aria-live="polite">
        {clears > 0 ? t.cleared : ''}
      </p>
    </section>
  );
}
