import Link from 'next/link';
import { localizePath } from '../../lib/i18n';
import { useLocale, useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import styles from './OpenExplorer.module.css';

/** The explorer page's address; `step` opens it at a step or unit (e.g. 'stage3.unit2'). */
export function explorerHref(step?: string, model?: string) {
  const query: Record<string, string> = {};
  if (model && model !== 'digits') query.model = model;
  if (step) query.step = step;
  return { pathname: '/explore/', query };
}

/**
 * A prominent link to the explorer page, for the top of the explorer chapter and beside every live
 * figure of the model. `children` replaces the default sentence.
 */
export function OpenExplorer({
  step,
  model,
  children,
  compact = false,
}: {
  step?: string;
  model?: string;
  children?: React.ReactNode;
  compact?: boolean;
}) {
  const t = useMessages(explorerMessages);
  const href = explorerHref(step, model);
  // the explorer page of the reader's edition (LocalLink takes a string; this link carries a query)
  const localHref = { ...href, pathname: localizePath(href.pathname, useLocale()) };
  return (
    // a div: in MDX the children arrive wrapped in a paragraph, and a <p> inside a <p> breaks hydration
    <div className={compact ? styles.inline : styles.card} data-open-explorer="">
      <Link href={localHref} prefetch={false} className={styles.link}>
        {step ? t.openUnit : t.openExplorer}
      </Link>
      {!compact && <div className={styles.text}>{children ?? t.openExplorerText}</div>}
    </div>
  );
}
