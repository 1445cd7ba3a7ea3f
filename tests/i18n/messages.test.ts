import { describe, expect, it } from 'vitest';
import type { Message, MessageTable } from '../../lib/i18n';

/**
 * Every UI-text table of the book (components/**\/*Messages.ts, lib/**\/*Messages.ts): the Chinese
 * texts are Chinese. A text may stay in Latin letters only if it is a name, a code or a number —
 * nothing with two English words in a row (that would be an untranslated phrase).
 */
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../components/**/*Messages.ts', '../../lib/**/*Messages.ts'],
  {
    eager: true,
  },
);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const ENGLISH_PHRASE = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/;
/** Sample arguments to render a text made from parameters. */
const SAMPLES: unknown[][] = [
  [3, 4, 5, 6],
  ['x', 'y', 'z', 'w'],
  [{}, {}, {}],
];

function render(message: Message): string | null {
  if (typeof message === 'string') return message;
  for (const args of SAMPLES) {
    try {
      const text = (message as (...a: unknown[]) => unknown)(...args);
      if (typeof text === 'string') return text;
    } catch {
      /* try the next kind of arguments */
    }
  }
  return null;
}

function isTable(value: unknown): value is MessageTable<Record<string, Message>> {
  return typeof value === 'object' && value !== null && 'en' in value && 'zh' in value;
}

const tables = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => isTable(value))
    .map(([name, table]) => ({
      name: `${file.replace(/^(\.\.\/)+/, '')} ${name}`,
      table: table as MessageTable<Record<string, Message>>,
    })),
);

describe('UI texts in both editions', () => {
  it('finds the tables', () => {
    // one per part of the book that shows text (about 40); a glob that finds few means the tables moved
    expect(tables.length).toBeGreaterThanOrEqual(30);
  });

  it.each(tables)('$name: the same keys in both languages', ({ table }) => {
    expect(Object.keys(table.zh).sort()).toEqual(Object.keys(table.en).sort());
  });

  it.each(tables)('$name: every Chinese text is Chinese (or a name, code or number)', ({ table }) => {
    const untranslated = Object.entries(table.zh).flatMap(([key, message]) => {
      const text = render(message);
      if (text === null || text.trim() === '' || CJK.test(text)) return [];
      return ENGLISH_PHRASE.test(text) ? [`${key}: ${text}`] : [];
    });
    expect(untranslated).toEqual([]);
  });
});
