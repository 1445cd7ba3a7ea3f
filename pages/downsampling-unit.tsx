import Content from '../content/downsampling-unit.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('downsampling-unit');
export default chapterPage(Content);
