import type { ChapterNav } from '../../lib/chapters';
import { Layout } from '../layout/Layout';
import { LocalLink } from '../i18n/LocalLink';
import { useLocale, useMessages } from '../i18n/locale';
import { LANG_TAG } from '../../lib/i18n';
import { pageMessages } from './pageMessages';

/**
 * The English 404 is the one a static host serves for any missing address, Chinese ones included, so
 * it also says so in Chinese, with a link to the Chinese contents.
 */
export function NotFoundPage({ nav }: { nav: ChapterNav }) {
  const t = useMessages(pageMessages);
  const locale = useLocale();
  const zh = pageMessages.zh;
  return (
    <Layout nav={nav} title={t.notFoundTitle}>
      <div className="page-prose">
        <h1>{t.notFoundTitle}</h1>
        <p>
          {t.notFoundText}
          {t.notFoundGap}
          <LocalLink href="/">{t.notFoundLink}</LocalLink>
          {t.sentenceEnd}
        </p>
        {locale === 'en' && (
          <p lang={LANG_TAG.zh}>
            {zh.notFoundTitle}。{zh.notFoundText}
            <a href={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/zh/`}>{zh.notFoundLink}</a>。
          </p>
        )}
      </div>
    </Layout>
  );
}
