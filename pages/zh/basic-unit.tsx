import Content from '../../content/zh/basic-unit.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('basic-unit', 'zh');
export default chapterPage(Content);
