import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../lib/glossary';

/**
 * The book is a textbook, not a build log: what a reader sees never names a source file, a test
 * fixture or a random seed. Chapters (except their import/export lines), the appendix, glossary
 * entries and the text of every component (code and comments removed as far as a scan can) are
 * searched; a hit names the file and the line.
 */
export const SOURCE_TALK =
  /\b(?:lib|components|scripts|tests|pages|training)\/[\w./-]*|\b[\w-]+\.(?:tsx?|py|mjs)\b|\bfixtures?\b|\bseed(?:s|ed)?\b|\bcommitted\b/i;

function hits(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = SOURCE_TALK.exec(line);
    return m ? [`${file}:${i + 1}: “${m[0]}” in ${line.trim().slice(0, 100)}`] : [];
  });
}

function walk(dir: string, ext: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? walk(p, ext) : ext.test(e.name) ? [p] : [];
  });
}

/** MDX prose: everything a chapter shows, i.e. all but its import and export statements. */
export function mdxReaderText(source: string): string {
  return source.replace(/^(import|export) .*$/gm, '');
}

/** A component's reader-visible text, roughly: the file without comments and imports (code stays; it rarely names a file). */
export function tsxReaderText(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ''))
    .replace(/(^\s*|[;,(){}\]]\s+)\/\/.*$/gm, '$1') // a line comment, not // inside a string
    .replace(/^import [^;]*;$/gm, (c) => c.replace(/[^\n]/g, ''));
}

const root = process.cwd();
const rel = (p: string) => path.relative(root, p);

describe('reader-visible text names no source file, fixture or seed', () => {
  it('finds what it looks for (the scan itself can fail)', () => {
    expect(hits('x', mdxReaderText('As `lib/units.ts` computes…'))).toHaveLength(1);
    expect(hits('x', mdxReaderText('committed as a test fixture'))).toHaveLength(1);
    expect(hits('x', mdxReaderText('permutation seed 20180708'))).toHaveLength(1);
    expect(hits('x', mdxReaderText("import { a } from '../lib/units';"))).toHaveLength(0);
    expect(
      hits('x', tsxReaderText('// see lib/shuffle.ts\n<p>The untouched half is exactly the input.</p>')),
    ).toHaveLength(0);
    expect(hits('x', tsxReaderText('<pre>{`// TypeScript (lib/shuffle.ts)`}</pre>'))).toHaveLength(1);
  });

  it('in the chapters and the appendix', () => {
    const files = walk(path.join(root, 'content'), /\.mdx$/);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((f) => hits(rel(f), mdxReaderText(fs.readFileSync(f, 'utf8'))))).toEqual([]);
  });

  it('in the components and pages', () => {
    const files = [...walk(path.join(root, 'components'), /\.tsx$/), ...walk(path.join(root, 'pages'), /\.tsx$/)];
    expect(files.flatMap((f) => hits(rel(f), tsxReaderText(fs.readFileSync(f, 'utf8'))))).toEqual([]);
  });

  it('in the glossary', () => {
    const text = glossary.map((t) => JSON.stringify(t)).join('\n');
    expect(hits('lib/glossary.ts', text)).toEqual([]);
  });
});
