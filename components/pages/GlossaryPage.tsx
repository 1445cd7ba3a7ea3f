import type { ChapterNav } from '../../lib/chapters';
import { Layout } from '../layout/Layout';
import { GlossaryList } from '../glossary/GlossaryList';
import { useMessages } from '../i18n/locale';
import { pageMessages } from './pageMessages';

export function GlossaryPage({ nav }: { nav: ChapterNav }) {
  const t = useMessages(pageMessages);
  return (
    <Layout nav={nav} title={t.glossaryTitle} description={t.glossaryDescription}>
      <div className="page-prose">
        <h1>{t.glossaryTitle}</h1>
        <p>{t.glossaryIntro}</p>
        <GlossaryList chapters={nav.chapters} />
      </div>
    </Layout>
  );
}
