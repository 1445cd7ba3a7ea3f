import { messages } from '../../lib/i18n';

/** The texts of the book's pages that are not chapters: 404, explorer, glossary, references, appendix. */
export const pageMessages = messages({
  en: {
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address.',
    notFoundLink: 'Go to the contents',
    /** between the sentence and the link, and after the link */
    notFoundGap: ' ',
    sentenceEnd: '.',
    exploreTitle: 'Explorer',
    exploreHeading: 'Explorer: inside a trained ShuffleNetV2',
    exploreDescription:
      'Step op by op through a small, really trained ShuffleNetV2 running in your browser: draw a digit or a piece of clothing and see every layer’s real feature maps.',
    exploreLedeStart:
      'Draw, pick or upload an input; the network runs in this page. Step through every op of every unit, or click a layer in the overview. How to read what you see is explained in the chapter',
    exploreLedeChapter: 'Step through a trained ShuffleNetV2',
    exploreLedeMiddle: '. Below the explorer you can',
    exploreLedeOwn: 'open your own ShuffleNetV2',
    exploreLedeEnd: 'exported from PyTorch.',
    glossaryTitle: 'Glossary',
    glossaryDescription: 'The terms of the book, each defined and linked to the chapter that teaches it.',
    glossaryIntro:
      'The terms this book uses, in alphabetical order. Each entry names the chapter that teaches the idea. In the chapters, a word underlined with dots opens its definition when you tap, click or focus it, with a link to its entry here.',
    referencesTitle: 'References',
    referencesDescription: 'Works cited in the book.',
    referencesIntro: 'Works cited in this book, in the order of their numbers in the text.',
    appendixTitle: 'How this book computes its numbers',
    appendixDescription:
      'What the book computes from the architecture, what comes from its trained models, what it quotes from the papers, and how each is checked.',
  },
  zh: {
    notFoundTitle: '页面不存在',
    notFoundText: '这个地址上没有页面。',
    notFoundLink: '回到目录',
    notFoundGap: '',
    sentenceEnd: '。',
    exploreTitle: '网络探索器',
    exploreHeading: '网络探索器：走进一个已训练的 ShuffleNetV2',
    exploreDescription:
      '在浏览器里逐个操作地走过一个真正训练过的小型 ShuffleNetV2：写一个数字或画一件衣服，看每一层真实的特征图。',
    exploreLedeStart:
      '写、选或上传一个输入，网络就在本页运行。逐个操作地走过每个单元，或在总览中点击某一层。如何读懂你看到的内容，见',
    exploreLedeChapter: '逐步查看一个已训练的 ShuffleNetV2',
    exploreLedeMiddle: '一章。在探索器下方，你还可以',
    exploreLedeOwn: '打开你自己的 ShuffleNetV2',
    exploreLedeEnd: '（从 PyTorch 导出）。',
    glossaryTitle: '术语表',
    glossaryDescription: '本书的术语，每条都有定义，并链接到讲授它的章节。',
    glossaryIntro:
      '本书使用的术语（中英对照）。每个条目都注明讲授该概念的章节。在各章中，带点状下划线的词在点按、点击或获得焦点时会显示其定义，并附有指向此处条目的链接。',
    referencesTitle: '参考文献',
    referencesDescription: '本书引用的文献。',
    referencesIntro: '本书引用的文献，按正文中的编号排列。',
    appendixTitle: '本书的数字从何而来',
    appendixDescription: '本书哪些数字由架构计算，哪些来自训练好的模型，哪些引自论文，以及每一类如何核对。',
  },
});
