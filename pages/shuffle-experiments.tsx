import Content from '../content/shuffle-experiments.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('shuffle-experiments');
export default chapterPage(Content);
