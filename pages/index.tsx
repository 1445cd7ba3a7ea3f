import { HomePage } from '../components/pages/HomePage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps(null);
export default HomePage;
