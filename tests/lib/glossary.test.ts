import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHAPTER_SLUGS, chapterNumber, glossary, glossaryHref, glossaryTerm, sortedGlossary } from '../../lib/glossary';

const REQUIRED = [
  'channel-split',
  'channel-shuffle',
  'mac',
  'depthwise-conv',
  'pointwise-conv',
  'group-conv',
  'flops',
  'basic-unit',
  'downsampling-unit',
  'batch-norm',
  'relu',
  'concat',
  'elementwise-op',
  'degree-of-parallelism',
  'feature-reuse',
];

describe('glossary', () => {
  it('has unique ids that are valid URL fragments', () => {
    const ids = glossary.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('has unique terms and a real definition for each', () => {
    const terms = glossary.map((t) => t.term.toLowerCase());
    expect(new Set(terms).size).toBe(terms.length);
    for (const t of glossary) expect(t.definition.length, t.id).toBeGreaterThan(60);
  });

  it('covers the terms the book relies on', () => {
    for (const id of REQUIRED) expect(() => glossaryTerm(id)).not.toThrow();
  });

  it('points every term at a chapter of the book, and existing chapters at real files', () => {
    const files = new Set(
      fs
        .readdirSync(path.join(process.cwd(), 'content'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.replace(/\.mdx$/, '')),
    );
    // Every content file is a planned chapter (so the fixed list is not stale) ...
    for (const f of files) expect(CHAPTER_SLUGS as readonly string[]).toContain(f);
    for (const t of glossary) expect(CHAPTER_SLUGS as readonly string[], t.id).toContain(t.chapter);
    // ... and the chapters written on this branch are among the targets.
    expect(files.has('why-shufflenet-v2')).toBe(true);
  });

  it('has related links that resolve', () => {
    for (const t of glossary)
      for (const r of t.related ?? []) expect(() => glossaryTerm(r), `${t.id} → ${r}`).not.toThrow();
  });

  it('rejects unknown ids loudly and builds anchors', () => {
    expect(() => glossaryTerm('chanel-shuffle')).toThrow(/Unknown glossary term/);
    expect(glossaryHref('mac')).toBe('/glossary/#mac');
  });

  it('sorts alphabetically and numbers chapters in the fixed order', () => {
    const sorted = sortedGlossary().map((t) => t.term.toLowerCase());
    expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(sorted).toHaveLength(glossary.length);
    expect(chapterNumber('why-shufflenet-v2')).toBe(1);
    expect(chapterNumber('v1-vs-v2')).toBe(9);
    expect(chapterNumber('results')).toBe(12);
    expect(chapterNumber('shuffle-experiments')).toBe(13);
    expect(chapterNumber('review')).toBe(14);
  });
});
