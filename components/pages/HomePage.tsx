import type { ChapterNav } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { Layout } from '../layout/Layout';
import { layoutMessages } from '../layout/layoutMessages';
import { Cite } from '../mdx/lazyCite';
import { ChapterThumb } from '../home/ChapterThumb';
import { HomeFigure } from '../home/HomeFigure';
import { LocalLink as Link } from '../i18n/LocalLink';
import { useMessages } from '../i18n/locale';
import styles from '../home/Home.module.css';
import { homeMessages } from './homeMessages';

/** The front door, in either edition: the live figure first, then every chapter as a card. */
export function HomePage({ nav }: { nav: ChapterNav }) {
  const t = useMessages(homeMessages);
  const { bookTitle, chapterKicker } = useMessages(layoutMessages);
  const first = nav.chapters[0];
  return (
    <Layout nav={nav} description={t.description}>
      <div className={styles.hero}>
        <h1>{bookTitle}</h1>
        <p className={styles.lede}>
          {t.ledeBefore} <Cite id="ma2018" /> {t.ledeAfter}
        </p>
        <nav className={styles.ways} aria-label={t.ways}>
          {first && (
            <Link className={styles.primary} href={chapterHref(first.slug)}>
              {t.startReading}
            </Link>
          )}
          <Link className={styles.secondary} href="/explore/">
            {t.openExplorer}
          </Link>
        </nav>
      </div>
      <HomeFigure />
      <h2 id="contents">{t.contents}</h2>
      <ol className={styles.cards}>
        {nav.chapters.map((c) => (
          <li key={c.slug}>
            <Link href={chapterHref(c.slug)}>
              <ChapterThumb slug={c.slug} />
              <span className={styles.cardText}>
                <span className={styles.kicker}>{chapterKicker(c.order)}</span>
                <span className={styles.title}>{c.title}</span>
                <span className={styles.summary}>{c.summary}</span>
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/explore/">
            <ChapterThumb slug="explore" />
            <span className={styles.cardText}>
              <span className={styles.kicker}>{t.explorerKicker}</span>
              <span className={styles.title}>{t.explorerTitle}</span>
              <span className={styles.summary}>{t.explorerSummary}</span>
            </span>
          </Link>
        </li>
      </ol>
    </Layout>
  );
}
