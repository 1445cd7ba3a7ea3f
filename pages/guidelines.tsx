import Content from '../content/guidelines.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('guidelines');
export default chapterPage(Content);
