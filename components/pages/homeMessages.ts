import { messages } from '../../lib/i18n';

export const homeMessages = messages({
  en: {
    description:
      'An interactive textbook on ShuffleNetV2: channel split, channel shuffle, the two units, and a trained network you can step through in your browser.',
    ledeBefore: 'ShuffleNetV2',
    ledeAfter:
      'is a small convolutional network designed by measuring speed instead of counting FLOPs. Draw a digit below and watch a really trained ShuffleNetV2 read it — here, in your browser: the channels split in two, one half goes through the convolutions, the halves are joined and shuffled.',
    ways: 'Ways into the book',
    startReading: 'Start reading',
    openExplorer: 'Open the explorer',
    contents: 'Contents',
    explorerKicker: 'The explorer',
    explorerTitle: 'Step through the network, op by op',
    explorerSummary:
      'Draw a digit or a piece of clothing and step through every op of a trained ShuffleNetV2, with the whole network in view and each feature map one click from a larger view.',
  },
  zh: {
    description:
      '一本关于 ShuffleNetV2 的交互式教科书：通道分割、通道混洗、两种单元，以及一个可以在浏览器里逐步查看的已训练网络。',
    ledeBefore: 'ShuffleNetV2',
    ledeAfter:
      '是一个小型卷积网络，它的设计依据是实测速度，而不是数 FLOPs。在下面写一个数字，看一个真正训练过的 ShuffleNetV2 如何识别它——就在你的浏览器里：通道一分为二，一半经过卷积，两半拼接后再混洗。',
    ways: '进入本书的方式',
    startReading: '开始阅读',
    openExplorer: '打开网络探索器',
    contents: '目录',
    explorerKicker: '网络探索器',
    explorerTitle: '逐个操作地走过整个网络',
    explorerSummary:
      '写一个数字或画一件衣服，逐个操作地走过一个已训练的 ShuffleNetV2 的每一步：整个网络一览无余，每张特征图点一下即可放大。',
  },
});
