import type { ChapterNav } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import { Layout } from '../components/layout/Layout';
import { GlossaryList } from '../components/glossary/GlossaryList';

export const getStaticProps = () => navProps(null);

export default function Glossary({ nav }: { nav: ChapterNav }) {
  return (
    <Layout
      nav={nav}
      title="Glossary"
      description="The terms of the book, each defined and linked to the chapter that teaches it.">
      <div className="page-prose">
        <h1>Glossary</h1>
        <p>
          The terms this book uses, in alphabetical order. Each entry names the chapter that teaches the idea. In the
          chapters, a word underlined with dots opens its definition when you tap, click or focus it, with a link to its
          entry here.
        </p>
        <GlossaryList chapters={nav.chapters} />
      </div>
    </Layout>
  );
}
