import { describe, expect, it } from 'vitest';
import { glossary, KEPT_ENGLISH } from '../../lib/glossary';
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

describe('the Chinese glossary’s order (by pinyin)', () => {
  const HAN = /[\u3400-\u9fff]/g;
  const entries = Object.entries(glossaryZh).map(([id, e]) => ({ id, ...e, syllables: e.pinyin.split(' ') }));

  it.each(entries)('$id: one toneless syllable per Chinese character of "$term"', ({ term, pinyin, syllables }) => {
    expect(pinyin).toMatch(/^[a-z]+( [a-z]+)*$/);
    expect(syllables.length).toBe((term.match(HAN) ?? []).length);
  });

  it('reads the same character the same way in every term', () => {
    const reading = new Map<string, string>();
    const conflicts: string[] = [];
    for (const { term, syllables } of entries) {
      (term.match(HAN) ?? []).forEach((char, i) => {
        const known = reading.get(char);
        if (known && known !== syllables[i]) conflicts.push(`${char}: ${known} / ${syllables[i]} (${term})`);
        reading.set(char, syllables[i]);
      });
    }
    expect(conflicts).toEqual([]);
  });

  it('agrees with the pinyin collation of Intl on every first character', () => {
    const collator = new Intl.Collator('zh-Hans-u-co-pinyin');
    const disagreements: string[] = [];
    for (const a of entries)
      for (const b of entries) {
        if (a.syllables[0] < b.syllables[0] && collator.compare(a.term[0], b.term[0]) >= 0)
          disagreements.push(`${a.term} (${a.syllables[0]}) before ${b.term} (${b.syllables[0]})`);
      }
    expect(disagreements).toEqual([]);
  });
});

describe('English kept in the Chinese glossary', () => {
  /** As tests/e2e/i18n.spec.ts reads a Chinese page: names and abbreviations may stay, phrases may not. */
  const NAMES =
    /\b(ShuffleNet ?V[12]|ShuffleNetV[12]|MobileNet ?V[12]|DenseNet|ResNet|Xception|ONNX|ReLU|BN|FLOPs?|MAC|MAdds|GPU|CPU)\b/g;
  const ENGLISH_PHRASE = /[A-Za-z][a-z]+(?:[ -][A-Za-z][a-z]+)+/g;

  it.each(Object.keys(glossaryZh))('%s: only in full-width brackets, where the page marks it as English', (id) => {
    const { term, definition, aliases = [] } = glossaryZh[id];
    for (const text of [term, definition, ...aliases]) {
      const unmarked = text
        .split(KEPT_ENGLISH)
        .filter((_, i) => i % 2 === 0)
        .join(' ')
        .replace(NAMES, ' ');
      expect(unmarked.match(ENGLISH_PHRASE), text).toBeNull();
    }
  });

  it('finds the English a definition keeps', () => {
    expect(glossaryZh.mac.definition.split(KEPT_ENGLISH)[1]).toBe('multiply-accumulate');
  });
});
