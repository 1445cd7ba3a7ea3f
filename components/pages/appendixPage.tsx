import type { ComponentType } from 'react';
import type { ChapterNav } from '../../lib/chapters';
import { Layout } from '../layout/Layout';
import { useMessages } from '../i18n/locale';
import { pageMessages } from './pageMessages';

/** The appendix on provenance, from its compiled MDX (one per edition). */
export function appendixPage(Content: ComponentType) {
  function Appendix({ nav }: { nav: ChapterNav }) {
    const t = useMessages(pageMessages);
    return (
      <Layout nav={nav} title={t.appendixTitle} description={t.appendixDescription}>
        <div className="page-prose">
          <Content />
        </div>
      </Layout>
    );
  }
  Appendix.displayName = 'Appendix';
  return Appendix;
}
