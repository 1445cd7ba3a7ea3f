import type { ChapterMeta } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { chapterNumber, localGlossaryTerm, sortedGlossary, type ChapterSlug } from '../../lib/glossary';
import { LocalLink as Link } from '../i18n/LocalLink';
import { useLocale } from '../i18n/locale';
import { glossaryMessages } from './glossaryMessages';
import { DefinitionText } from './DefinitionText';
import styles from './Glossary.module.css';

type Texts = (typeof glossaryMessages)['en'];

function ChapterLink({ slug, chapters, t }: { slug: ChapterSlug; chapters: ChapterMeta[]; t: Texts }) {
  const chapter = chapters.find((c) => c.slug === slug);
  // A chapter not yet in this build (or edition) is named, not linked, so the page never has a dead link.
  if (!chapter) return <>{t.chapter(chapterNumber(slug))}</>;
  return <Link href={chapterHref(slug)}>{t.chapterTitled(chapter.order, chapter.title)}</Link>;
}

/**
 * Every term, each with its own anchor (#id) for <Term> links, in the page's language: English
 * alphabetically; Chinese by pinyin, each Chinese term with its English one beside it.
 */
/** The names an entry is also known by, without one its heading already gives ("batch normalization (BN)"). */
function otherNames(term: { term: string; aliases?: readonly string[] }): readonly string[] {
  return (term.aliases ?? []).filter(
    (alias) => !term.term.includes(`(${alias})`) && !term.term.includes(`（${alias}）`),
  );
}

export function GlossaryList({ chapters }: { chapters: ChapterMeta[] }) {
  const locale = useLocale();
  const t = glossaryMessages[locale];
  const terms = sortedGlossary(locale);
  const letters = [...new Set(terms.map((term) => term.index))];
  return (
    <>
      <nav aria-label={t.letterIndex} className={styles.letters}>
        {letters.map((l) => (
          <a key={l} href={`#letter-${l.toLowerCase()}`}>
            {l}
          </a>
        ))}
      </nav>
      <dl className={styles.list}>
        {terms.map((term, i) => {
          const first = i === 0 || terms[i - 1].index !== term.index;
          return (
            <div key={term.id} className={styles.entry} id={first ? `letter-${term.index.toLowerCase()}` : undefined}>
              <dt id={term.id} className={styles.dt}>
                {term.term}
                {term.english && (
                  <span lang="en" className={styles.english}>
                    {term.english}
                  </span>
                )}
                {otherNames(term).length > 0 && (
                  <span className={styles.aliases}>{t.aliases(otherNames(term).join(t.listSeparator))}</span>
                )}
              </dt>
              <dd className={styles.dd}>
                <p>
                  <DefinitionText text={term.definition} />
                </p>
                <p className={styles.meta}>
                  {t.taughtIn}
                  <ChapterLink slug={term.chapter} chapters={chapters} t={t} />
                  {t.sentenceEnd}
                  {term.related && term.related.length > 0 && (
                    <>
                      {t.seeAlso}
                      {term.related.map((r, j) => (
                        <span key={r}>
                          {j > 0 && t.listSeparator}
                          <a href={`#${r}`}>{localGlossaryTerm(r, locale).term}</a>
                        </span>
                      ))}
                      {t.sentenceEnd}
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
