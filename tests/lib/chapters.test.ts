import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildNav } from '../../lib/chapters';
import { allChapters, chapterFiles, chapterTerms, extractHeadings, termIds } from '../../lib/chapters.server';
import { glossaryTerm } from '../../lib/glossary';

describe('chapter registry', () => {
  it('every chapter has a page and every chapter page has a chapter', () => {
    const slugs = chapterFiles().map((f) => f.replace(/\.mdx$/, ''));
    for (const slug of slugs) {
      const page = `pages/${slug}.tsx`;
      expect(fs.existsSync(page), `${page} for content/${slug}.mdx`).toBe(true);
      expect(fs.readFileSync(page, 'utf8')).toContain(`navProps('${slug}')`);
    }
  });

  it('orders are unique and every chapter has a title and summary', () => {
    const chapters = allChapters();
    expect(new Set(chapters.map((c) => c.order)).size).toBe(chapters.length);
    for (const c of chapters) {
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.summary.length).toBeGreaterThan(10);
    }
  });

  it('finds neighbours in order', () => {
    const meta = (slug: string, order: number) => ({ slug, order, title: slug, summary: '' });
    const nav = buildNav([meta('c', 3), meta('a', 1), meta('b', 2)], 'b');
    expect(nav.chapters.map((c) => c.slug)).toEqual(['a', 'b', 'c']);
    expect(nav.prev?.slug).toBe('a');
    expect(nav.next?.slug).toBe('c');
    expect(buildNav([meta('a', 1)], null).current).toBeNull();
  });
});

describe('heading extraction', () => {
  it('gives the ids rehype-slug gives, skips code fences and de-duplicates', () => {
    const body = [
      '## The *MAC* bound',
      '```',
      '## not a heading',
      '```',
      '### Why `split`?',
      '## The MAC bound',
      '## G1: _equal_ widths',
      '# Title',
    ].join('\n');
    expect(extractHeadings(body)).toEqual([
      { depth: 2, text: 'The MAC bound', id: 'the-mac-bound' },
      { depth: 3, text: 'Why split?', id: 'why-split' },
      { depth: 2, text: 'The MAC bound', id: 'the-mac-bound-1' },
      { depth: 2, text: 'G1: equal widths', id: 'g1-equal-widths' },
    ]);
  });
});

describe('the glossary terms a chapter ships', () => {
  it('finds every <Term id> of the MDX once, in first-use order', () => {
    expect(termIds('A <Term id="mac">MAC</Term>, <Term id=\'flops\' /> and <Term  id="mac">again</Term>.')).toEqual([
      'mac',
      'flops',
    ]);
    expect(termIds('no terms here, <TermList id="x"> is another component')).toEqual([]);
  });

  it('hands a chapter exactly the definitions of its own terms', () => {
    for (const file of chapterFiles()) {
      const slug = file.replace(/\.mdx$/, '');
      const used = termIds(fs.readFileSync(`content/${file}`, 'utf8'));
      const terms = chapterTerms(slug);
      expect(Object.keys(terms), slug).toEqual(used);
      for (const id of used) expect(terms[id].definition).toBe(glossaryTerm(id).definition);
    }
    expect(chapterTerms(null)).toEqual({});
  });
});
