import Link from 'next/link';
import type { ReactNode } from 'react';
import styles from './Misconceptions.module.css';

export type Verdict = 'wrong' | 'partly' | 'right';

const VERDICT = {
  wrong: { icon: '✗', text: 'wrong' },
  partly: { icon: '◐', text: 'partly right' },
  right: { icon: '✓', text: 'right' },
} as const;

interface ClaimProps {
  verdict: Verdict;
  /** the chapter that teaches the correct version, e.g. "/channel-shuffle/" */
  learn?: string;
  /** how to name that chapter in the link, e.g. "Chapter 4, Channel shuffle" */
  learnLabel?: string;
  children: ReactNode;
}

/**
 * The verdict on one claim (the claim itself is the heading above it) and its explanation.
 * The verdict is told three ways — colour, symbol and word — so none of them is needed alone.
 */
export function Claim({ verdict, learn, learnLabel, children }: ClaimProps) {
  const v = VERDICT[verdict];
  return (
    <div className={`${styles.claim} ${styles[verdict]}`} data-verdict={verdict}>
      <p className={styles.verdict}>
        <span className={styles.icon} aria-hidden="true">
          {v.icon}
        </span>
        Verdict: <strong>{v.text}</strong>
      </p>
      {children}
      {learn && (
        <p className={styles.learn}>
          The right version is taught in <Link href={learn}>{learnLabel ?? learn}</Link>.
        </p>
      )}
    </div>
  );
}
