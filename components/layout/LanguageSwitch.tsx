import { useRouter } from 'next/router';
import type { MouseEvent } from 'react';
import { LANG_TAG, LOCALES, localeOfPath, localizePath, type Locale } from '../../lib/i18n';

const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** Each edition named in its own language. */
const EDITION_NAME: Record<Locale, string> = { en: 'English', zh: '中文' };

/** The page's route as a path with a trailing slash: "/zh/basic-unit" → "/zh/basic-unit/". */
export function routePath(pathname: string): string {
  return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/**
 * A link to the same page in the other edition. The static HTML links to the twin page; on click it
 * also carries the address's query (the cells' URL state) and hash, read at that moment because the
 * cells rewrite the address as the reader works.
 */
export function LanguageSwitch() {
  const { pathname } = useRouter();
  const here = localeOfPath(pathname);
  const there = LOCALES.find((l) => l !== here) ?? 'en';
  const href = `${BASE_PATH}${localizePath(routePath(pathname), there)}`;
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    const { search, hash } = window.location;
    event.currentTarget.href = `${href}${search}${hash}`;
  };
  return (
    <a className="language-switch btn" href={href} hrefLang={LANG_TAG[there]} lang={LANG_TAG[there]} onClick={follow}>
      {EDITION_NAME[there]}
    </a>
  );
}

/**
 * <link rel="alternate" hreflang> to both editions of this page, for search engines and browsers; an
 * array, not a component, because next/head only takes its direct children.
 */
export function alternateLinks(pathname: string) {
  const path = routePath(pathname);
  const link = (hrefLang: string, locale: Locale) => (
    <link key={hrefLang} rel="alternate" hrefLang={hrefLang} href={`${BASE_PATH}${localizePath(path, locale)}`} />
  );
  return [...LOCALES.map((locale) => link(LANG_TAG[locale], locale)), link('x-default', 'en')];
}
