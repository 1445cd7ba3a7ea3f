import { LocalLink } from '../i18n/LocalLink';
import type { ReactNode } from 'react';
import styles from './Misconceptions.module.css';
import { useMessages } from '../i18n/locale';
import { misconceptionsMessages } from './misconceptionsMessages';

export type Verdict = 'wrong' | 'partly' | 'right';

const ICON = { wrong: '✗', partly: '◐', right: '✓' } as const;

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
  const t = useMessages(misconceptionsMessages);
  return (
    <div className={`${styles.claim} ${styles[verdict]}`} data-verdict={verdict}>
      <p className={styles.verdict}>
        <span className={styles.icon} aria-hidden="true">
          {ICON[verdict]}
        </span>
        {t.verdict}
        <strong>{t[verdict]}</strong>
      </p>
      {children}
      {learn && (
        <p className={styles.learn}>
          {t.learnBefore}
          <LocalLink href={learn}>{learnLabel ?? learn}</LocalLink>
          {t.learnAfter}
        </p>
      )}
    </div>
  );
}
