import Link from 'next/link';
import type { ReactNode } from 'react';
import { glossaryHref, glossaryTerm } from '../../lib/glossary';
import styles from './Glossary.module.css';

/**
 * A term in running text, linked to its glossary entry, with the definition as a tooltip:
 * <Term id="channel-shuffle">channel shuffle</Term>. An unknown id fails the build.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const term = glossaryTerm(id);
  return (
    <Link href={glossaryHref(id)} className={styles.term} title={`${term.term}: ${term.definition}`} data-term={id}>
      {children ?? term.term}
    </Link>
  );
}
