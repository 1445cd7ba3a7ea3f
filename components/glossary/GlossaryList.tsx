import Link from 'next/link';
import type { ChapterMeta } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { chapterNumber, glossaryTerm, sortedGlossary, type ChapterSlug } from '../../lib/glossary';
import styles from './Glossary.module.css';

function ChapterLink({ slug, chapters }: { slug: ChapterSlug; chapters: ChapterMeta[] }) {
  const chapter = chapters.find((c) => c.slug === slug);
  // A chapter not yet in this build is named, not linked, so the page never has a dead link.
  if (!chapter) return <>chapter {chapterNumber(slug)}</>;
  return (
    <Link href={chapterHref(slug)}>
      chapter {chapter.order}, {chapter.title}
    </Link>
  );
}

/** Every term, alphabetically, each with its own anchor (#id) for <Term> links. */
export function GlossaryList({ chapters }: { chapters: ChapterMeta[] }) {
  const terms = sortedGlossary();
  const letters = [...new Set(terms.map((t) => t.term[0].toUpperCase()))];
  return (
    <>
      <nav aria-label="Glossary by letter" className={styles.letters}>
        {letters.map((l) => (
          <a key={l} href={`#letter-${l.toLowerCase()}`}>
            {l}
          </a>
        ))}
      </nav>
      <dl className={styles.list}>
        {terms.map((t, i) => {
          const letter = t.term[0].toUpperCase();
          const first = i === 0 || terms[i - 1].term[0].toUpperCase() !== letter;
          return (
            <div key={t.id} className={styles.entry} id={first ? `letter-${letter.toLowerCase()}` : undefined}>
              <dt id={t.id} className={styles.dt}>
                {t.term}
                {t.aliases && <span className={styles.aliases}> (also: {t.aliases.join(', ')})</span>}
              </dt>
              <dd className={styles.dd}>
                <p>{t.definition}</p>
                <p className={styles.meta}>
                  Taught in <ChapterLink slug={t.chapter} chapters={chapters} />.
                  {t.related && t.related.length > 0 && (
                    <>
                      {' '}
                      See also:{' '}
                      {t.related.map((r, j) => (
                        <span key={r}>
                          {j > 0 && ', '}
                          <a href={`#${r}`}>{glossaryTerm(r).term}</a>
                        </span>
                      ))}
                      .
                    </>
                  )}
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
