import { ReferencesPage } from '../components/pages/ReferencesPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps(null);
export default ReferencesPage;
