import Content from '../content/review.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('review');
export default chapterPage(Content);
