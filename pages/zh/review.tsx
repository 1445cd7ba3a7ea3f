import Content from '../../content/zh/review.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('review', 'zh');
export default chapterPage(Content);
