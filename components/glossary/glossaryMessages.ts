import { messages } from '../../lib/i18n';

/** The texts around the glossary's entries: the letter index, "also", "Taught in", "See also", the term popover. */
export const glossaryMessages = messages({
  en: {
    letterIndex: 'Glossary by letter',
    /** Other names, already joined with `listSeparator`. */
    aliases: (names: string) => ` (also: ${names})`,
    listSeparator: ', ',
    taughtIn: 'Taught in ',
    chapter: (n: number) => `chapter ${n}`,
    chapterTitled: (n: number, title: string) => `chapter ${n}, ${title}`,
    seeAlso: ' See also: ',
    sentenceEnd: '.',
    /** Around the English term beside a translated one, and between the term and its definition. */
    englishOpen: ' (',
    englishClose: ')',
    termColon: ': ',
    beforeLink: ' ',
  },
  zh: {
    letterIndex: '按拼音首字母查找术语',
    aliases: (names: string) => `（又称：${names}）`,
    listSeparator: '、',
    taughtIn: '讲授于',
    chapter: (n: number) => `第 ${n} 章`,
    chapterTitled: (n: number, title: string) => `第 ${n} 章，${title}`,
    seeAlso: '另见：',
    sentenceEnd: '。',
    englishOpen: '（',
    englishClose: '）',
    termColon: '：',
    beforeLink: '',
  },
});
