import Link from 'next/link';
import type { ChapterNav } from '../lib/chapters';
import { chapterHref } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import { Layout, BOOK_TITLE } from '../components/layout/Layout';
import { Cite } from '../components/mdx/Cite';
import { ChapterThumb } from '../components/home/ChapterThumb';
import { HomeFigure } from '../components/home/HomeFigure';
import styles from '../components/home/Home.module.css';

export const getStaticProps = () => navProps(null);

export default function Home({ nav }: { nav: ChapterNav }) {
  const first = nav.chapters[0];
  return (
    <Layout
      nav={nav}
      description="An interactive textbook on ShuffleNetV2: channel split, channel shuffle, the two units, and a trained network you can step through in your browser.">
      <div className={styles.hero}>
        <h1>{BOOK_TITLE}</h1>
        <p className={styles.lede}>
          ShuffleNetV2 <Cite id="ma2018" /> is a small convolutional network designed by measuring speed instead of
          counting FLOPs. Draw a digit below and watch a really trained ShuffleNetV2 read it — here, in your browser:
          the channels split in two, one half goes through the convolutions, the halves are joined and shuffled.
        </p>
        <nav className={styles.ways} aria-label="Ways into the book">
          {first && (
            <Link className={styles.primary} href={chapterHref(first.slug)} prefetch={false}>
              Start reading
            </Link>
          )}
          <Link className={styles.secondary} href="/explore/" prefetch={false}>
            Open the explorer
          </Link>
        </nav>
      </div>
      <HomeFigure />
      <h2 id="contents">Contents</h2>
      <ol className={styles.cards}>
        {nav.chapters.map((c) => (
          <li key={c.slug}>
            <Link href={chapterHref(c.slug)} prefetch={false}>
              <ChapterThumb slug={c.slug} />
              <span className={styles.cardText}>
                <span className={styles.kicker}>Chapter {c.order}</span>
                <span className={styles.title}>{c.title}</span>
                <span className={styles.summary}>{c.summary}</span>
              </span>
            </Link>
          </li>
        ))}
        <li>
          <Link href="/explore/" prefetch={false}>
            <ChapterThumb slug="explore" />
            <span className={styles.cardText}>
              <span className={styles.kicker}>The explorer</span>
              <span className={styles.title}>Step through the network, op by op</span>
              <span className={styles.summary}>
                Draw a digit or a piece of clothing and step through every op of a trained ShuffleNetV2, with the whole
                network in view and each feature map one click from a larger view.
              </span>
            </span>
          </Link>
        </li>
      </ol>
    </Layout>
  );
}
