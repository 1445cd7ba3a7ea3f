import { ExplorePage } from '../../components/pages/ExplorePage';
import { navProps } from '../../lib/chapters.server';

export const getStaticProps = () => navProps(null, 'zh');
export default ExplorePage;
