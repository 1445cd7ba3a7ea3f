import { Children, isValidElement, useContext, type ReactNode } from 'react';
import { summarize, summaryText } from '../../lib/progress';
import { ChapterNumberContext, ExerciseNumberContext } from './context';
import { storageNote } from './ExerciseFrame';
import { useProgress } from './useProgress';
import { useLocale } from '../i18n/locale';
import { exerciseMessages } from './exerciseMessages';
import styles from './Exercise.module.css';

/** Marked by the exercise components themselves, so <Exercises> numbers exactly the exercises among its children. */
function isExercise(child: ReactNode): child is React.ReactElement<{ id: string }> {
  return (
    isValidElement(child) &&
    typeof child.type === 'function' &&
    (child.type as { isExercise?: boolean }).isExercise === true
  );
}

/**
 * A chapter's exercises, numbered "Exercise <chapter>.<n>" in reading order, with a tally of this block's
 * answers (kept in memory when the browser does not let progress be stored). Other children — headings,
 * prose between exercises — pass through unnumbered.
 */
export function Exercises({ children }: { children: ReactNode }) {
  const chapter = useContext(ChapterNumberContext);
  const { progress, status } = useProgress();
  const locale = useLocale();
  const t = exerciseMessages[locale];
  const ids: string[] = [];
  const numbered = Children.map(children, (child) => {
    if (!isExercise(child)) return child;
    ids.push(child.props.id);
    const n = `${chapter !== null ? `${chapter}.` : ''}${ids.length}`;
    return <ExerciseNumberContext.Provider value={n}>{child}</ExerciseNumberContext.Provider>;
  });
  const summary = summarize(progress, ids);
  const note = storageNote(status, t);
  return (
    <div className={styles.exercises} data-exercises="">
      {numbered}
      <p className={styles.tally} aria-live="polite" data-testid="exercises-tally">
        {summary.answered > 0 ? t.chapterTally(summaryText(summary, locale)) : ''}
        {summary.answered > 0 && note ? ` ${note}` : ''}
      </p>
    </div>
  );
}
