import Content from '../content/whole-network.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('whole-network');
export default chapterPage(Content);
