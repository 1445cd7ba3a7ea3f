import Content from '../content/explorer.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('explorer');
export default chapterPage(Content);
