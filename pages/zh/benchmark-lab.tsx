import Content from '../../content/zh/benchmark-lab.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('benchmark-lab', 'zh');
export default chapterPage(Content);
