import type { ChapterNav } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import { Layout } from '../components/layout/Layout';
import { BibliographyList } from '../components/mdx/Cite';

export const getStaticProps = () => navProps(null);

export default function References({ nav }: { nav: ChapterNav }) {
  return (
    <Layout nav={nav} title="References" description="Works cited in the book.">
      <div className="page-prose">
        <h1>References</h1>
        <p>Works cited in this book, in the order of their numbers in the text.</p>
        <BibliographyList />
      </div>
    </Layout>
  );
}
