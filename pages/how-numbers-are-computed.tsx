import Content from '../content/appendix/how-numbers.mdx';
import { appendixPage } from '../components/pages/appendixPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps(null);
export default appendixPage(Content);
