import { messages } from './i18n';

/**
 * The benchmark lab's experiments in words (lib/labExperiments.ts): titles, questions, the paper's
 * findings, the variants' names and the settings. The graphs and their ids are the same in both editions.
 */
export const labExperimentMessages = messages({
  en: {
    quick: 'Quick',
    full: 'Full',
    g1Title: 'Equal channel width minimises memory access cost',
    g1Question:
      'Two 1×1 convolutions per block, c₁ → c₂ → c₁, with the ratio c₁:c₂ growing while FLOPs stay (nearly) equal.',
    g1Gpu: 'Speed falls steadily as the ratio moves away from 1:1; 1:1 is the fastest.',
    g1Arm: 'The same trend: 1:1 is the fastest ratio.',
    g1Note:
      'the paper’s pair (36, 432) misses the FLOPs of (128, 128) by more than the other pairs, but downwards: it favours the 1:12 network, so it cannot explain a slowdown.',
    g2Title: 'Excessive group convolution increases memory access cost',
    g2Question: 'One 1×1 group convolution per block, with more groups and more channels so that FLOPs stay equal.',
    g2Gpu: 'More groups are clearly slower; 8 groups are far slower than a dense convolution.',
    g2Arm: 'Also slower with more groups, but by a smaller margin than on the GPU.',
    groupsDetail: (c: number, groups: number) => `c = ${c}, ${groups} group${groups > 1 ? 's' : ''}`,
    g3Title: 'Network fragmentation reduces the degree of parallelism',
    g3Question:
      'The same FLOPs as one 1×1 convolution, split into 2 or 4 smaller convolutions in series or in parallel.',
    g3Gpu: 'Fragmentation costs a lot of speed, and more fragments cost more.',
    g3Arm: 'The slowdown is comparatively small.',
    oneFragment: '1-fragment',
    series: (n: number) => `${n}-fragment series`,
    parallel: (n: number) => `${n}-fragment parallel`,
    parallelDetail: (n: number, cin: number, cout: number) => `${n} × (${cin} → ${cout}), concat`,
    g4Title: 'Element-wise operations are non-negligible',
    g4Question: 'A ResNet bottleneck unit with and without its ReLUs and its identity shortcut; FLOPs are identical.',
    g4Gpu: 'Removing ReLU and shortcut makes the unit noticeably faster.',
    g4Arm: 'A similar speed-up when both are removed.',
    reluShortcut: 'ReLU + shortcut',
    reluOnly: 'ReLU only',
    shortcutOnly: 'shortcut only',
    neither: 'neither',
  },
  zh: {
    quick: '快速',
    full: '完整',
    g1Title: '输入输出通道数相等时 MAC 最小',
    g1Question: '每个块两个 1×1 卷积，c₁ → c₂ → c₁；比例 c₁:c₂ 逐渐增大，FLOPs 保持（几乎）不变。',
    g1Gpu: '比例越偏离 1:1，速度越低；1:1 最快。',
    g1Arm: '趋势相同：1:1 是最快的比例。',
    g1Note:
      '论文中的通道对 (36, 432) 与 (128, 128) 的 FLOPs 相差比其他通道对更大，但偏少：这对 1:12 的网络有利，因此不能解释它变慢。',
    g2Title: '过多的分组卷积会增加 MAC',
    g2Question: '每个块一个 1×1 分组卷积；分组数越多，通道数也越多，使 FLOPs 保持不变。',
    g2Gpu: '分组越多明显越慢；8 组比普通（不分组）卷积慢得多。',
    g2Arm: '分组越多同样越慢，但差距比在 GPU 上小。',
    groupsDetail: (c: number, groups: number) => `c = ${c}，${groups} 组`,
    g3Title: '网络碎片化会降低并行度',
    g3Question: '与一个 1×1 卷积相同的 FLOPs，拆成 2 个或 4 个较小的卷积，串联或并联。',
    g3Gpu: '碎片化使速度大幅下降，碎片越多越慢。',
    g3Arm: '变慢的幅度相对较小。',
    oneFragment: '1 个碎片',
    series: (n: number) => `${n} 个碎片串联`,
    parallel: (n: number) => `${n} 个碎片并联`,
    parallelDetail: (n: number, cin: number, cout: number) => `${n} × (${cin} → ${cout})，拼接`,
    g4Title: '逐元素操作不可忽略',
    g4Question: '一个 ResNet 瓶颈单元，带或不带 ReLU 和恒等捷径（shortcut）；FLOPs 完全相同。',
    g4Gpu: '去掉 ReLU 和捷径后，单元明显变快。',
    g4Arm: '两者都去掉时，加速幅度相近。',
    reluShortcut: 'ReLU + 捷径',
    reluOnly: '仅 ReLU',
    shortcutOnly: '仅捷径',
    neither: '两者都没有',
  },
});

/** The lab's device summary and the headers of its copyable table (lib/labStats.ts). */
export const labStatsMessages = messages({
  en: {
    unknownBrowser: 'an unknown browser',
    browserOn: (browser: string, os: string) => `${browser} on ${os}`,
    variant: 'variant',
    channels: 'channels',
    flops: 'FLOPs (mult-adds)',
    mac: 'MAC (elements)',
    median: 'median ms',
    q1: 'q1 ms',
    q3: 'q3 ms',
    runs: 'runs',
    relative: 'relative speed %',
    settingLine: (setting: string, environment: string) => `${setting}. ${environment}.`,
  },
  zh: {
    unknownBrowser: '未知浏览器',
    browserOn: (browser: string, os: string) => `${os} 上的 ${browser}`,
    variant: '变体',
    channels: '通道',
    flops: 'FLOPs（乘加次数）',
    mac: 'MAC（元素数）',
    median: '中位数 ms',
    q1: '下四分位数 ms',
    q3: '上四分位数 ms',
    runs: '运行次数',
    relative: '相对速度 %',
    settingLine: (setting: string, environment: string) => `${setting}。${environment}。`,
  },
});
