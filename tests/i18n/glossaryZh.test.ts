import { describe, expect, it } from 'vitest';
import { glossary } from '../../lib/glossary';
import { glossaryZh } from '../../lib/glossaryZh';

/** Han ideographs and CJK punctuation: a Chinese text contains at least one. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

describe('the Chinese glossary', () => {
  const englishIds = glossary.map((t) => t.id).sort();
  const chineseIds = Object.keys(glossaryZh).sort();

  it('has an entry for every English glossary id', () => {
    expect(englishIds.filter((id) => !(id in glossaryZh))).toEqual([]);
  });

  it('has no entry for an id the English glossary does not have', () => {
    expect(chineseIds.filter((id) => !englishIds.includes(id))).toEqual([]);
  });

  it.each(chineseIds)('%s: term and definition are written in Chinese', (id) => {
    const { term, definition, aliases = [] } = glossaryZh[id];
    expect(term, `term of ${id}`).toMatch(CJK);
    expect(definition, `definition of ${id}`).toMatch(CJK);
    for (const alias of aliases) expect(alias.trim(), `alias of ${id}`).not.toBe('');
  });

  it('gives every term its own Chinese name', () => {
    const terms = chineseIds.map((id) => glossaryZh[id].term);
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
  });
});
