import Head from 'next/head';
import { useRouter } from 'next/router';
import { useEffect, useState, type ReactNode } from 'react';
import type { ChapterNav } from '../../lib/chapters';
import { chapterHref } from '../../lib/chapters';
import { LocalLink } from '../i18n/LocalLink';
import { useMessages } from '../i18n/locale';
import { layoutMessages } from './layoutMessages';
import { LanguageSwitch, alternateLinks } from './LanguageSwitch';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';

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
  const t = useMessages(layoutMessages);
  const { pathname } = useRouter();
  const pageTitle = title ? `${title} · ${t.bookTitle}` : t.bookTitle;
  return (
    <>
      <Head>
        <title>{pageTitle}</title>
        {description && <meta name="description" content={description} />}
        {alternateLinks(pathname)}
      </Head>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="site-header">
        <LocalLink href="/" className="site-title">
          {t.bookTitle}
        </LocalLink>
        <LanguageSwitch />
        <ThemeToggle />
      </header>
      <div className={wide ? 'page-grid page-grid-wide' : 'page-grid'}>
        <Sidebar nav={nav} open={wideScreen && !wide} />
        <main id="main" className="page-main">
          {children}
          {nav.current && (
            <nav className="prev-next" aria-label={t.prevNext}>
              {nav.prev ? (
                <LocalLink href={chapterHref(nav.prev.slug)} rel="prev" className="prev">
                  <span className="dir">{t.previous}</span> {nav.prev.title}
                </LocalLink>
              ) : (
                <span />
              )}
              {nav.next ? (
                <LocalLink href={chapterHref(nav.next.slug)} rel="next" className="next">
                  <span className="dir">{t.next}</span> {nav.next.title}
                </LocalLink>
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
