import { messages } from './i18n';

/**
 * The texts lib/twins.ts and lib/interventionKinds.ts give the shuffle-experiments chapter: the twin
 * networks' names and what differs in each, the chart's direct labels, the channel-list errors and
 * the interventions' names. The twins' results file names them in English; the Chinese edition
 * reads its names from here by variant.
 */
export const twinsMessages = messages({
  en: {
    baseline: 'Baseline',
    noshuffle: 'No shuffle',
    randperm: 'Random permutation',
    branch1q: 'Branch ¼',
    branch3q: 'Branch ¾',
    v1: 'V1 units',
    runs: (n: number) => `${n} run${n === 1 ? '' : 's'}`,
    noChannel: 'Name at least one channel, e.g. 0-7, 12.',
    notChannel: (part: string) => `“${part}” is not a channel number or a range like 4-9.`,
    backwards: (part: string) => `The range ${part} runs backwards.`,
    noSuchChannel: (last: number, b: number) => `This unit has channels 0 to ${last}; ${b} does not exist.`,
    'bypass-shuffle': 'bypass the channel shuffle',
    'zero-untouched': 'zero the untouched half',
    'zero-branch': 'zero the branch output',
    'channels-off': 'switch off chosen output channels',
    v1NoUntouchedHalf:
      'A V1 unit has no untouched half: every channel passes through its group convolutions, and the unit adds its input back at the end.',
  },
  zh: {
    baseline: '基线',
    noshuffle: '无混洗',
    randperm: '随机置换',
    branch1q: '分支 ¼',
    branch3q: '分支 ¾',
    v1: 'V1 单元',
    runs: (n: number) => `${n} 次训练`,
    noChannel: '请至少指定一个通道，例如 0-7, 12。',
    notChannel: (part: string) => `“${part}”不是通道编号，也不是 4-9 这样的范围。`,
    backwards: (part: string) => `范围 ${part} 的起点大于终点。`,
    noSuchChannel: (last: number, b: number) => `这个单元的通道编号为 0 到 ${last}；通道 ${b} 不存在。`,
    'bypass-shuffle': '跳过通道混洗',
    'zero-untouched': '把保持不变的一半置零',
    'zero-branch': '把分支输出置零',
    'channels-off': '关闭选定的输出通道',
    v1NoUntouchedHalf: 'V1 单元没有保持不变的一半：每个通道都要经过它的分组卷积，单元最后再把输入加回来。',
  },
});

/** What differs in each twin, by variant (the results file says it in English). */
export const twinChangeMessages = messages({
  en: {
    baseline: "split in half, concat, channel shuffle (g = 2): the book's architecture",
    noshuffle: 'concat only: every unit leaves the channel order as it is',
    randperm: 'a fixed random channel permutation per unit instead of the interleave',
    branch1q: 'the branch of each basic unit takes a quarter of the channels, three quarters pass untouched',
    branch3q: 'the branch of each basic unit takes three quarters of the channels, a quarter passes untouched',
    v1: "ShuffleNet V1 units at the same multiply-adds: no split, 1×1 group convolutions (g = 3) with the shuffle between them, added to the unit's input; 96, 180, 360 channels per stage",
  },
  zh: {
    baseline: '一分为二、拼接、通道混洗（g = 2）：本书的架构',
    noshuffle: '只拼接：每个单元都保持通道顺序不变',
    randperm: '每个单元用一个固定的随机通道置换代替交错排列',
    branch1q: '每个基本单元的分支处理四分之一的通道，四分之三保持不变',
    branch3q: '每个基本单元的分支处理四分之三的通道，四分之一保持不变',
    v1: 'ShuffleNet V1 单元，乘加次数相同：没有通道分割，两个 1×1 分组卷积（g = 3）之间做混洗，结果与单元的输入相加；各阶段 96、180、360 个通道',
  },
});
