import Content from '../../content/zh/guidelines.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('guidelines', 'zh');
export default chapterPage(Content);
