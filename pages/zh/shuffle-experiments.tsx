import Content from '../../content/zh/shuffle-experiments.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('shuffle-experiments', 'zh');
export default chapterPage(Content);
