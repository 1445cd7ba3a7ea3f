/**
 * The book's two editions. English lives at the root ("/basic-unit/"), Simplified Chinese under
 * "/zh/" ("/zh/basic-unit/"); every page has a twin at the same place in the other edition.
 *
 * UI strings: each part of the book keeps its texts next to itself in one `messages({ en, zh })`
 * table, read through `useMessages(table)` (components/i18n/locale.tsx) or, in framework-free code,
 * `table[locale]`. TypeScript holds the two languages to the same keys and the same parameters, so a
 * text missing in Chinese fails the type check; tests/i18n checks that every Chinese text is Chinese.
 */

export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

/** The `lang` attribute and hreflang of each edition. */
export const LANG_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-Hans' };

/** The path prefix of an edition (without the basePath). */
const PREFIX: Record<Locale, string> = { en: '', zh: '/zh' };

/** The edition a path (router pathname or asPath, without the basePath) belongs to. */
export function localeOfPath(path: string): Locale {
  return path === '/zh' || path.startsWith('/zh/') ? 'zh' : 'en';
}

/** The path with its edition's prefix removed: "/zh/basic-unit/#x" → "/basic-unit/#x". */
export function stripLocale(path: string): string {
  if (localeOfPath(path) !== 'zh') return path;
  const rest = path.slice(3);
  return rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
}

/**
 * An internal, root-relative path in the given edition: "/basic-unit/" → "/zh/basic-unit/".
 * Paths already in an edition are moved to the other one; anything that is not a page of the book
 * (a model file, a download) keeps its address, since both editions share the files.
 */
export function localizePath(path: string, locale: Locale): string {
  if (!path.startsWith('/') || path.startsWith('//') || isSharedFile(path)) return path;
  const bare = stripLocale(path);
  return locale === 'en' ? bare : bare === '/' ? `${PREFIX.zh}/` : `${PREFIX.zh}${bare}`;
}

/** Files both editions share: models, data, scripts, images (anything with an extension). */
function isSharedFile(path: string): boolean {
  const pathname = path.split(/[?#]/)[0];
  return /\.[a-z0-9]+$/i.test(pathname) || pathname.startsWith('/_next/');
}

/** A text, or a text made from parameters (numbers, names) the caller passes. */
export type Message = string | ((...args: never[]) => string);
export type MessageTable<T extends Record<string, Message>> = Record<Locale, T>;

/**
 * One part of the book's UI texts in both languages. The Chinese table must have exactly the English
 * keys, each of the same type (a function takes the same parameters).
 */
export function messages<T extends Record<string, Message>>(table: { en: T; zh: NoInfer<T> }): MessageTable<T> {
  return table;
}
