import Content from '../content/channel-shuffle.mdx';
import { chapterPage } from '../components/layout/ChapterPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps('channel-shuffle');
export default chapterPage(Content);
