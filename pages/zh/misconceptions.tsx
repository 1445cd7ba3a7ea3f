import Content from '../../content/zh/misconceptions.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('misconceptions', 'zh');
export default chapterPage(Content);
