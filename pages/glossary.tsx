import { GlossaryPage } from '../components/pages/GlossaryPage';
import { navProps } from '../lib/chapters.server';

export const getStaticProps = () => navProps(null);
export default GlossaryPage;
