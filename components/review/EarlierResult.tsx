import { useProgress } from './useProgress';
import styles from './Exercise.module.css';

/** What the reader's stored progress says about this exercise (nothing before hydration). */
export function EarlierResult({ id }: { id: string }) {
  const { progress, ready } = useProgress();
  const record = ready ? progress[id] : undefined;
  if (!record) return null;
  return (
    <span className={styles.earlier} data-earlier={record.correct ? 'correct' : 'wrong'}>
      {record.correct ? 'Answered correctly' : 'Last answer not right yet'}
      {` · ${record.attempts} ${record.attempts === 1 ? 'try' : 'tries'}`}
    </span>
  );
}
