import Content from '../content/benchmark-lab.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('benchmark-lab');
export default chapterPage(Content);
