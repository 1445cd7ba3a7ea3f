import Link from 'next/link';
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
  return (
    // a div: in MDX the children arrive wrapped in a paragraph, and a <p> inside a <p> breaks hydration
    <div className={compact ? styles.inline : styles.card} data-open-explorer="">
      <Link href={explorerHref(step, model)} prefetch={false} className={styles.link}>
        {step ? 'Open this unit in the explorer →' : 'Open the explorer →'}
      </Link>
      {!compact && (
        <div className={styles.text}>
          {children ??
            'Draw a digit or a piece of clothing and step through every op of a trained ShuffleNetV2, with the whole network in view.'}
        </div>
      )}
    </div>
  );
}
