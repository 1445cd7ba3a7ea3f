import Content from '../content/channel-split.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('channel-split');
export default chapterPage(Content);
