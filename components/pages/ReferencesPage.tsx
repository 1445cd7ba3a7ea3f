import type { ChapterNav } from '../../lib/chapters';
import { Layout } from '../layout/Layout';
import { BibliographyList } from '../mdx/Cite';
import { useMessages } from '../i18n/locale';
import { pageMessages } from './pageMessages';

export function ReferencesPage({ nav }: { nav: ChapterNav }) {
  const t = useMessages(pageMessages);
  return (
    <Layout nav={nav} title={t.referencesTitle} description={t.referencesDescription}>
      <div className="page-prose">
        <h1>{t.referencesTitle}</h1>
        <p>{t.referencesIntro}</p>
        <BibliographyList />
      </div>
    </Layout>
  );
}
