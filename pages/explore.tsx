import Link from 'next/link';
import { Explorer } from '../components/explorer/Explorer';
import { Layout } from '../components/layout/Layout';
import { chapterHref } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import type { ChapterNav } from '../lib/chapters';

export const getStaticProps = () => navProps(null);

/** The explorer as an instrument of its own, the full width of the window. */
export default function ExplorePage({ nav }: { nav: ChapterNav }) {
  return (
    <Layout
      nav={nav}
      wide
      title="Explorer"
      description="Step op by op through a small, really trained ShuffleNetV2 running in your browser: draw a digit or a piece of clothing and see every layer's real feature maps.">
      <h1 className="explore-title">Explorer: inside a trained ShuffleNetV2</h1>
      <p className="explore-lede">
        Draw, pick or upload an input; the network runs in this page. Step through every op of every unit, or click a
        layer in the overview. How to read what you see is explained in the chapter{' '}
        <Link href={chapterHref('explorer')}>Step through a trained ShuffleNetV2</Link>. Below the explorer you can{' '}
        <a href="#own-model">open your own ShuffleNetV2</a> exported from PyTorch.
      </p>
      <Explorer />
    </Layout>
  );
}
