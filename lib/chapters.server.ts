/**
 * Build-time only (used from getStaticProps): reads chapter front matter and headings from
 * content/*.mdx. Headings get the same ids as rehype-slug gives them (both use github-slugger).
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import GithubSlugger from 'github-slugger';
import { buildNav, type ChapterMeta, type ChapterNav, type Heading } from './chapters';
import { glossaryTerm } from './glossary';

const CONTENT_DIR = path.join(process.cwd(), 'content');

export function chapterFiles(): string[] {
  return fs
    .readdirSync(CONTENT_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

function readChapter(file: string): { meta: ChapterMeta; body: string } {
  const source = fs.readFileSync(path.join(CONTENT_DIR, file), 'utf8');
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

/** Plain text of a markdown heading, as rehype-slug would see it. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/\$([^$]+)\$/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .trim();
}

export function extractHeadings(body: string): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = headingText(match[2]);
    const id = slugger.slug(text);
    const depth = match[1].length;
    if (depth === 2 || depth === 3) headings.push({ depth, text, id });
  }
  return headings;
}

export function allChapters(): ChapterMeta[] {
  return chapterFiles().map((f) => readChapter(f).meta);
}

export function chapterNav(slug: string | null): ChapterNav {
  const chapters = allChapters();
  const headings = slug ? extractHeadings(readChapter(`${slug}.mdx`).body) : [];
  return buildNav(chapters, slug, headings);
}

/** The ids of every <Term id="…"> a chapter's MDX uses, in first-use order. */
export function termIds(body: string): string[] {
  return [...new Set([...body.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((m) => m[1]))];
}

/**
 * The definitions of the terms a chapter uses (an unknown id fails the build). Only these reach the
 * page's props, so a chapter's JavaScript never carries the whole glossary.
 */
export function chapterTerms(slug: string | null): Record<string, { term: string; definition: string }> {
  if (!slug) return {};
  return Object.fromEntries(
    termIds(readChapter(`${slug}.mdx`).body).map((id) => {
      const { term, definition } = glossaryTerm(id);
      return [id, { term, definition }];
    }),
  );
}

/** getStaticProps result for a chapter page or (slug null) any other page with the sidebar. */
export function navProps(slug: string | null): {
  props: { nav: ChapterNav; terms: Record<string, { term: string; definition: string }> };
} {
  return { props: { nav: chapterNav(slug), terms: chapterTerms(slug) } };
}
