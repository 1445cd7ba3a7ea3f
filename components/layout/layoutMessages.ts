import { messages } from '../../lib/i18n';

/** The texts of the book's frame: header, contents, chapter header, previous/next. */
export const layoutMessages = messages({
  en: {
    bookTitle: 'ShuffleNetV2, Interactively',
    skipToContent: 'Skip to content',
    contents: 'Contents',
    chapters: 'Chapters',
    sectionsOf: (title: string) => `Sections of ${title}`,
    glossary: 'Glossary',
    references: 'References',
    howNumbers: 'How this book computes its numbers',
    chapterKicker: (n: number) => `Chapter ${n}`,
    prevNext: 'Previous and next chapter',
    previous: '← Previous',
    next: 'Next →',
    toLight: 'Switch to light theme',
    toDark: 'Switch to dark theme',
    scrollableTable: 'Scrollable table',
  },
  zh: {
    bookTitle: '交互式 ShuffleNetV2',
    skipToContent: '跳到正文',
    contents: '目录',
    chapters: '章节',
    sectionsOf: (title: string) => `${title}的各节`,
    glossary: '术语表',
    references: '参考文献',
    howNumbers: '本书的数字从何而来',
    chapterKicker: (n: number) => `第 ${n} 章`,
    prevNext: '上一章与下一章',
    previous: '← 上一章',
    next: '下一章 →',
    toLight: '切换到浅色主题',
    toDark: '切换到深色主题',
    scrollableTable: '可滚动的表格',
  },
});
