import Content from '../../content/zh/channel-split.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('channel-split', 'zh');
export default chapterPage(Content);
