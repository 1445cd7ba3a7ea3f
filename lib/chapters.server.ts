/**
 * Build-time only (used from getStaticProps): reads chapter front matter and headings from
 * content/*.mdx. Headings get the same ids as rehype-slug gives them (both use github-slugger).
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { allHeadings, headingText } from './mdx/headings.mjs';
import { buildNav, type ChapterMeta, type ChapterNav, type Heading } from './chapters';
import { termDefinition, type TermDefinition } from './glossary';
import type { Locale } from './i18n';

/** Where each edition's chapters live: the English at the top, each translation in its own folder. */
export function contentDir(locale: Locale = 'en'): string {
  return path.join(process.cwd(), 'content', ...(locale === 'en' ? [] : [locale]));
}

export function chapterFiles(locale: Locale = 'en'): string[] {
  const dir = contentDir(locale);
  if (locale !== 'en' && !fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

function readChapter(file: string, locale: Locale = 'en'): { meta: ChapterMeta; body: string } {
  const source = fs.readFileSync(path.join(contentDir(locale), file), 'utf8');
  const { data, content } = matter(source);
  const slug = file.replace(/\.mdx$/, '');
  for (const key of ['title', 'order', 'summary'] as const) {
    if (data[key] === undefined) throw new Error(`content/${file}: front matter lacks "${key}"`);
  }
  return {
    meta: { slug, title: String(data.title), order: Number(data.order), summary: String(data.summary) },
    body: content,
  };
}

export { headingText, allHeadings };

/** The raw markdown of each depth-2 and depth-3 heading, in order (what extractHeadings reads). */
function allHeadingLines(body: string): string[] {
  let inFence = false;
  return body.split('\n').flatMap((line) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    return !inFence && /^#{2,3}\s/.test(line) ? [line] : [];
  });
}

export function extractHeadings(body: string): Heading[] {
  return allHeadings(body).filter((h): h is Heading => h.depth === 2 || h.depth === 3);
}

/**
 * A translated chapter's headings carry the English twin's ids, heading by heading (the MDX build
 * does the same, lib/mdx/rehypeTwinHeadingIds.mjs), so an anchor means the same place in both editions.
 */
function twinHeadings(slug: string, locale: Locale): Heading[] {
  const own = extractHeadings(readChapter(`${slug}.mdx`, locale).body);
  if (locale === 'en') return own;
  const english = extractHeadings(readChapter(`${slug}.mdx`).body);
  if (english.length !== own.length || english.some((h, i) => h.depth !== own[i].depth)) {
    throw new Error(`content/${locale}/${slug}.mdx: its headings do not match the English chapter's, one for one`);
  }
  const marked = allHeadingLines(readChapter(`${slug}.mdx`, locale).body);
  return own.map((h, i) => {
    const phrases = [...(marked[i] ?? '').matchAll(/<En>([^<]+)<\/En>/g)].map((m) => m[1]);
    return { ...h, id: english[i].id, ...(phrases.length ? { english: phrases } : {}) };
  });
}

export function allChapters(locale: Locale = 'en'): ChapterMeta[] {
  return chapterFiles(locale).map((f) => readChapter(f, locale).meta);
}

export function chapterNav(slug: string | null, locale: Locale = 'en'): ChapterNav {
  const chapters = allChapters(locale);
  const headings = slug ? twinHeadings(slug, locale) : [];
  return buildNav(chapters, slug, headings);
}

/** The ids of every <Term id="…"> a chapter's MDX uses, in first-use order. */
export function termIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]))];
}

/**
 * The definitions of the terms a chapter uses, in the chapter's language (an unknown id fails the
 * build). Only these reach the page's props, so a chapter's JavaScript never carries the whole glossary.
 */
export function chapterTerms(slug: string | null, locale: Locale = 'en'): Record<string, TermDefinition> {
  if (!slug) return {};
  return Object.fromEntries(
    termIds(readChapter(`${slug}.mdx`, locale).body).map((id) => [id, termDefinition(id, locale)]),
  );
}

/** getStaticProps result for a chapter page or (slug null) any other page with the sidebar. */
export function navProps(
  slug: string | null,
  locale: Locale = 'en',
): {
  props: { nav: ChapterNav; terms: Record<string, TermDefinition> };
} {
  return { props: { nav: chapterNav(slug, locale), terms: chapterTerms(slug, locale) } };
}
