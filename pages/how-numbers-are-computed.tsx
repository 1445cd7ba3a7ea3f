import type { ChapterNav } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import { Layout } from '../components/layout/Layout';
import Content from '../content/appendix/how-numbers.mdx';

export const getStaticProps = () => navProps(null);

/** The appendix on provenance: what is computed, what comes from the model, what is quoted, how each is checked. */
export default function HowNumbersAreComputed({ nav }: { nav: ChapterNav }) {
  return (
    <Layout
      nav={nav}
      title="How this book computes its numbers"
      description="What the book computes from the architecture, what comes from its trained models, what it quotes from the papers, and how each is checked.">
      <div className="page-prose">
        <Content />
      </div>
    </Layout>
  );
}
