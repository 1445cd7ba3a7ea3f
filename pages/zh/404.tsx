import { NotFoundPage } from '../../components/pages/NotFoundPage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps(null, 'zh');
export default NotFoundPage;
