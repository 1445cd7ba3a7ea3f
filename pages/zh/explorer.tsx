import Content from '../../content/zh/explorer.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('explorer', 'zh');
export default chapterPage(Content);
