import Content from '../../content/zh/whole-network.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('whole-network', 'zh');
export default chapterPage(Content);
