import Content from '../../content/zh/results.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('results', 'zh');
export default chapterPage(Content);
