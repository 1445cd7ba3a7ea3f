import Content from '../content/basic-unit.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('basic-unit');
export default chapterPage(Content);
