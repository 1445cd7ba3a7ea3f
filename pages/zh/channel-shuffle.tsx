import Content from '../../content/zh/channel-shuffle.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('channel-shuffle', 'zh');
export default chapterPage(Content);
