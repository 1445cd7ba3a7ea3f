import Link from 'next/link';
import type { ChapterNav } from '../lib/chapters';
import { chapterHref } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import { Layout, BOOK_TITLE } from '../components/layout/Layout';
import { Cite } from '../components/mdx/Cite';

export const getStaticProps = () => navProps(null);

export default function Home({ nav }: { nav: ChapterNav }) {
  return (
    <Layout nav={nav} description="An interactive textbook on ShuffleNetV2: channel split, channel shuffle, the two units, and a trained network you can step through in your browser.">
      <div className="hero">
        <h1>{BOOK_TITLE}</h1>
        <p className="lede">
          An interactive textbook on ShuffleNetV2 <Cite id="ma2018" />, the convolutional network designed by measuring
          speed instead of counting FLOPs. Read how channel split and channel shuffle work, change their parameters, and
          step layer by layer through a small ShuffleNetV2 that was really trained and runs here, in your browser.
        </p>
        <p>
          Every number a figure shows is computed from the architecture or the model, never typed in. Where the paper
          publishes a figure, it is quoted beside ours with its source.
        </p>
        <p>
          <Link href="/explore/" prefetch={false}><strong>Open the explorer →</strong></Link> step op by op through the trained network with an input you draw.
        </p>
      </div>
      <h2 id="contents">Contents</h2>
      <ol className="toc-cards">
        {nav.chapters.map((c) => (
          <li key={c.slug}>
            <Link href={chapterHref(c.slug)} prefetch={false}>
              <span className="t">{c.order}. {c.title}</span>
              <span className="s">{c.summary}</span>
            </Link>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
