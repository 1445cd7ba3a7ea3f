import Content from '../../content/zh/why-shufflenet-v2.mdx';
import { chapterPage } from '../../components/layout/ChapterPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps('why-shufflenet-v2', 'zh');
export default chapterPage(Content);
