import Content from '../content/misconceptions.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('misconceptions');
export default chapterPage(Content);
