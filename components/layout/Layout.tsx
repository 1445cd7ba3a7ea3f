import Head from 'next/head';
import Link from 'next/link';
import { useEffect, useState, type ReactNode } from 'react';
import type { ChapterNav } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';

export const BOOK_TITLE = 'ShuffleNetV2, Interactively';

interface LayoutProps {
  nav: ChapterNav;
  title?: string;
  description?: string;
  children: ReactNode;
  /** an instrument page (the explorer): the full width of the window, the contents collapsed */
  wide?: boolean;
}

/** Wide screens keep the contents open; phones start with it collapsed. */
function useWideScreen(): boolean {
  const [wide, setWide] = useState(true);
  useEffect(() => {
    const query = window.matchMedia('(min-width: 60rem)');
    const update = () => setWide(query.matches);
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return wide;
}

export function Layout({ nav, title, description, children, wide = false }: LayoutProps) {
  const wideScreen = useWideScreen();
  const pageTitle = title ? `${title} · ${BOOK_TITLE}` : BOOK_TITLE;
  return (
    <>
      <Head>
        <title>{pageTitle}</title>
        {description && <meta name="description" content={description} />}
      </Head>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="site-title">
          {BOOK_TITLE}
        </Link>
        <ThemeToggle />
      </header>
      <div className={wide ? 'page-grid page-grid-wide' : 'page-grid'}>
        <Sidebar nav={nav} open={wideScreen && !wide} />
        <main id="main" className="page-main">
          {children}
          {nav.current && (
            <nav className="prev-next" aria-label="Previous and next chapter">
              {nav.prev ? (
                <Link href={chapterHref(nav.prev.slug)} rel="prev" className="prev">
                  <span className="dir">← Previous</span> {nav.prev.title}
                </Link>
              ) : (
                <span />
              )}
              {nav.next ? (
                <Link href={chapterHref(nav.next.slug)} rel="next" className="next">
                  <span className="dir">Next →</span> {nav.next.title}
                </Link>
              ) : (
                <span />
              )}
            </nav>
          )}
        </main>
      </div>
    </>
  );
}
