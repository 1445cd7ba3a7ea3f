import Content from '../../content/zh/v1-vs-v2.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('v1-vs-v2', 'zh');
export default chapterPage(Content);
