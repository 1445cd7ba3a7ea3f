// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { GlossaryList } from '../../components/glossary/GlossaryList';
import { Term } from '../../components/glossary/Term';
import { TermDefinitionsProvider } from '../../components/glossary/TermDefinitions';
import { LocaleProvider } from '../../components/i18n/locale';
import { chapterTerms } from '../../lib/chapters.server';
import { glossary, glossaryTerm } from '../../lib/glossary';
import { glossaryZh } from '../../lib/glossaryZh';
import type { Locale } from '../../lib/i18n';

afterEach(cleanup);

const inLocale = (locale: Locale, ui: ReactNode) => render(<LocaleProvider locale={locale}>{ui}</LocaleProvider>);
/** The chapters an edition has built so far: chapter 4 in both, chapter 3 in English only. */
const chapters = {
  en: [
    { slug: 'channel-split', title: 'Channel split', order: 3, summary: '' },
    { slug: 'channel-shuffle', title: 'Channel shuffle', order: 4, summary: '' },
  ],
  zh: [{ slug: 'channel-shuffle', title: '通道混洗', order: 4, summary: '' }],
};
const entry = (id: string) => document.getElementById(id)!.parentElement!;
const order = () => Array.from(document.querySelectorAll('dt'), (dt) => dt.id);

describe('the glossary page', () => {
  it('in Chinese: Chinese term, the English one beside it, Chinese aliases, definition, chapter and related terms', () => {
    inLocale('zh', <GlossaryList chapters={chapters.zh} />);
    const dt = document.getElementById('channel-shuffle')!;
    expect(dt.textContent).toBe('通道混洗channel shuffle（又称：通道重排）');
    expect(dt.querySelector('[lang="en"]')?.textContent).toBe('channel shuffle');
    const meta = entry('channel-shuffle').querySelectorAll('dd p');
    expect(meta[0].textContent).toBe(glossaryZh['channel-shuffle'].definition);
    expect(meta[1].textContent).toBe('讲授于第 4 章，通道混洗。另见：分组卷积、拼接。');
    expect(screen.getByRole('link', { name: '第 4 章，通道混洗' }).getAttribute('href')).toMatch(
      /^\/zh\/channel-shuffle\/?$/,
    );
    // A chapter the Chinese edition does not have yet is named, not linked.
    expect(entry('channel-split').querySelectorAll('dd p')[1].textContent).toBe(
      '讲授于第 3 章。另见：恒等路径、基本单元、拼接。',
    );
    expect(document.getElementById('pointwise-conv')!.textContent).toBe(
      '逐点卷积pointwise convolution（又称：1×1 卷积）',
    );
  });

  it('in Chinese: every entry, ordered by pinyin and indexed by its first letter', () => {
    inLocale('zh', <GlossaryList chapters={chapters.zh} />);
    const ids = order();
    expect([...ids].sort()).toEqual(glossary.map((t) => t.id).sort());
    const pinyin = ids.map((id) => glossaryZh[id].pinyin);
    expect(pinyin).toEqual([...pinyin].sort());
    expect(ids.slice(0, 2)).toEqual(['degree-of-parallelism', 'stride']); // 并行度 bìngxíngdù, 步长 bùcháng
    const nav = screen.getByRole('navigation', { name: '按拼音首字母查找术语' });
    const letters = Array.from(nav.querySelectorAll('a'), (a) => a.textContent);
    expect(letters).toEqual([...new Set(pinyin.map((p) => p[0].toUpperCase()))]);
    for (const l of letters) expect(document.getElementById(`letter-${l!.toLowerCase()}`), l!).not.toBeNull();
    expect(document.getElementById('letter-t')!.querySelector('dt')!.textContent).toMatch(/^特征复用/);
  });

  it('in English: unchanged — alphabetical, English words, no English-beside marks', () => {
    inLocale('en', <GlossaryList chapters={chapters.en} />);
    const ids = order();
    const terms = ids.map((id) => glossaryTerm(id).term.toLowerCase());
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en')));
    expect(document.getElementById('channel-shuffle')!.textContent).toBe('channel shuffle');
    expect(document.querySelector('dt [lang="en"]')).toBeNull();
    expect(entry('channel-shuffle').querySelectorAll('dd p')[1].textContent).toBe(
      'Taught in chapter 4, Channel shuffle. See also: group convolution, concatenation (concat).',
    );
    expect(document.getElementById('pointwise-conv')!.textContent).toBe(
      'pointwise convolution (also: 1×1 convolution)',
    );
    // an alias the heading already gives is not said again
    expect(document.getElementById('batch-norm')!.textContent).toBe('batch normalization (BN)');
    expect(screen.getByRole('navigation', { name: 'Glossary by letter' })).toBeTruthy();
  });
});

describe('term popovers', () => {
  it('on a Chinese chapter carry the Chinese term and definition, with the English term', () => {
    const terms = chapterTerms('v1-vs-v2', 'zh');
    expect(Object.keys(terms).length).toBeGreaterThan(0);
    for (const [id, t] of Object.entries(terms))
      expect(t, id).toEqual({
        term: glossaryZh[id].term,
        definition: glossaryZh[id].definition,
        english: glossaryTerm(id).term,
      });
    inLocale(
      'zh',
      <TermDefinitionsProvider terms={terms}>
        <Term id="channel-shuffle">通道混洗</Term>
      </TermDefinitionsProvider>,
    );
    const button = screen.getByRole('button', { name: '通道混洗' });
    fireEvent.click(button);
    const note = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(note.textContent).toBe(`通道混洗（channel shuffle）：${glossaryZh['channel-shuffle'].definition}术语表条目`);
    expect(note.querySelector('[lang="en"]')?.textContent).toBe('channel shuffle');
    expect(screen.getByRole('link', { name: '术语表条目' }).getAttribute('href')).toMatch(
      /^\/zh\/glossary\/?#channel-shuffle$/,
    );
  });

  it('on an English chapter are as before: English term and definition only', () => {
    const terms = chapterTerms('v1-vs-v2');
    for (const [id, t] of Object.entries(terms))
      expect(t, id).toEqual({ term: glossaryTerm(id).term, definition: glossaryTerm(id).definition });
    inLocale(
      'en',
      <TermDefinitionsProvider terms={terms}>
        <Term id="channel-shuffle">shuffle</Term>
      </TermDefinitionsProvider>,
    );
    const button = screen.getByRole('button', { name: 'shuffle' });
    const note = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(note.textContent).toBe(`channel shuffle: ${glossaryTerm('channel-shuffle').definition} Glossary entry`);
  });
});

describe('English kept in a Chinese definition', () => {
  it('is marked lang="en" on the glossary page and in a popover', () => {
    inLocale('zh', <GlossaryList chapters={chapters.zh} />);
    const marked = entry('mac').querySelector('dd p [lang="en"]');
    expect(marked?.textContent).toBe('multiply-accumulate');
    expect(entry('mac').querySelector('dd p')!.textContent).toBe(glossaryZh.mac.definition);
    cleanup();
    inLocale(
      'zh',
      <TermDefinitionsProvider terms={chapterTerms('review', 'zh')}>
        <Term id="mac">内存访问代价</Term>
      </TermDefinitionsProvider>,
    );
    const button = screen.getByRole('button', { name: '内存访问代价' });
    const note = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(Array.from(note.querySelectorAll('[lang="en"]'), (el) => el.textContent)).toEqual([
      'memory access cost (MAC)',
      'multiply-accumulate',
    ]);
  });
});
