import type { ComponentType } from 'react';
import type { ChapterNav } from '../../lib/chapters';
import { Layout } from './Layout';
import { ChapterNumberContext } from '../exercise/context';
import { TermDefinitionsProvider, type TermDefinitions } from '../glossary/TermDefinitions';
import { useMessages } from '../i18n/locale';
import { layoutMessages } from './layoutMessages';

export interface ChapterPageProps {
  nav: ChapterNav;
  /** the definitions of the glossary terms this chapter uses (from getStaticProps) */
  terms: TermDefinitions;
}

/** Makes a chapter's page component from its compiled MDX. Pages stay three lines long. */
export function chapterPage(Content: ComponentType) {
  function Chapter({ nav, terms }: ChapterPageProps) {
    const meta = nav.current;
    const t = useMessages(layoutMessages);
    return (
      <Layout nav={nav} title={meta?.title} description={meta?.summary}>
        <article className="chapter">
          {meta && (
            <header className="chapter-header">
              <p className="chapter-kicker">{t.chapterKicker(meta.order)}</p>
              <h1>{meta.title}</h1>
              <p className="chapter-summary">{meta.summary}</p>
            </header>
          )}
          {/* Exercises are numbered by chapter: "Exercise 5.2". */}
          <ChapterNumberContext.Provider value={meta?.order ?? null}>
            <TermDefinitionsProvider terms={terms}>
              <Content />
            </TermDefinitionsProvider>
          </ChapterNumberContext.Provider>
        </article>
      </Layout>
    );
  }
  Chapter.displayName = 'Chapter';
  return Chapter;
}
