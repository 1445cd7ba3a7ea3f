import Content from '../../content/zh/downsampling-unit.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('downsampling-unit', 'zh');
export default chapterPage(Content);
