import Content from '../../content/zh/appendix/how-numbers.mdx';
import { appendixPage } from '../../components/pages/appendixPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps(null, 'zh');
export default appendixPage(Content);
