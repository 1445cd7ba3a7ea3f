import { messages } from '../../lib/i18n';

export const homeFigureMessages = messages({
  en: {
    drawStep: 'Draw a digit',
    yourDrawing: 'Your drawing, as the network sees it (28×28).',
    heldOutShown: 'Until you draw, a held-out test digit is shown.',
    answersStep: 'What the network answers',
    modelWhat: 'the digits model',
    modelShows: 'the real feature maps of one ShuffleNetV2 unit for a digit you draw, and the network’s answer',
    probabilities: (best: string) => `Probability of each digit; highest: ${best}`,
    startsWhenYouDraw: 'The network starts when you draw.',
    probabilitiesAppear: 'The probabilities appear here once the network has run.',
    unitStep: (stage: number, unit: number) =>
      `Inside one basic unit (Stage ${stage}, unit ${unit}): split, branch, concat, shuffle`,
  },
  zh: {
    drawStep: '写一个数字',
    yourDrawing: '你写的数字，网络看到的样子（28×28）。',
    heldOutShown: '在你落笔之前，这里显示一张留出的测试数字。',
    answersStep: '网络的回答',
    modelWhat: '数字模型',
    modelShows: '你写下的数字在一个 ShuffleNetV2 单元中的真实特征图，以及网络的回答',
    probabilities: (best: string) => `每个数字的概率；最高：${best}`,
    startsWhenYouDraw: '你一落笔，网络就开始运行。',
    probabilitiesAppear: '网络运行后，概率会显示在这里。',
    unitStep: (stage: number, unit: number) =>
      `一个基本单元的内部（阶段 ${stage}，第 ${unit} 个单元）：分割、分支、拼接、混洗`,
  },
});
