import Link from 'next/link';
import type { ChapterNav } from '../lib/chapters';
import { navProps } from '../lib/chapters.server';
import { Layout } from '../components/layout/Layout';

export const getStaticProps = () => navProps(null);

export default function NotFound({ nav }: { nav: ChapterNav }) {
  return (
    <Layout nav={nav} title="Page not found">
      <div className="page-prose">
        <h1>Page not found</h1>
        <p>
          There is no page at this address. <Link href="/">Go to the contents</Link>.
        </p>
      </div>
    </Layout>
  );
}
