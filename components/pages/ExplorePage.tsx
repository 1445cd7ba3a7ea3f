import type { ChapterNav } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { Explorer } from '../explorer/Explorer';
import { Layout } from '../layout/Layout';
import { afterHydration } from '../cell/island';
import { LocalLink } from '../i18n/LocalLink';
import { useMessages } from '../i18n/locale';
import { pageMessages } from './pageMessages';

// The explorer is most of its page's work to hydrate: it renders after the page's text, in short tasks.
const LiveExplorer = afterHydration(Explorer);

/** The explorer as an instrument of its own, the full width of the window. */
export function ExplorePage({ nav }: { nav: ChapterNav }) {
  const t = useMessages(pageMessages);
  return (
    <Layout nav={nav} wide title={t.exploreTitle} description={t.exploreDescription}>
      <h1 className="explore-title">{t.exploreHeading}</h1>
      <p className="explore-lede">
        {t.exploreLedeStart} <LocalLink href={chapterHref('explorer')}>{t.exploreLedeChapter}</LocalLink>
        {t.exploreLedeMiddle} <a href="#own-model">{t.exploreLedeOwn}</a> {t.exploreLedeEnd}
      </p>
      <LiveExplorer />
    </Layout>
  );
}
