import { messages } from '../../lib/i18n';

/** The channel-split cells' texts: the split drawn on the tensor, its cost, feature reuse. */
export const splitCellMessages = messages({
  en: {
    splitFigure: (c: number, identity: number, branch: number) =>
      `Channel split of ${c} channels: ${identity === 0 ? 'no channel passes' : `channels 0 to ${identity - 1} (${identity}) pass`} through untouched, channels ${identity} to ${c - 1} (${branch}) go through the branch, whose 1×1 convolutions map ${branch} to ${branch} channels. The concatenated output has ${c} channels.`,
    inputChannels: (c: number, drawn: number | null) =>
      `input: ${c} channels${drawn === null ? '' : ` (${drawn} of them drawn)`}`,
    branchShare: (b: number) => `C − C′ = ${b}: branch`,
    branchOps: (b: number) => `1×1 ${b}→${b} · 3×3 dw · 1×1 ${b}→${b}`,
    untouchedShare: (identity: number) => `C′ = ${identity}: untouched`,
    outputChannels: (c: number) => `output (concat): ${c} channels`,
    channels: 'channels C',
    featureMap: 'feature map h×w',
    untouchedRatio: 'untouched share C′/C',
    branchConvs: 'branch 1×1 convs',
    flops: 'FLOPs (mult-adds)',
    params: 'params',
    flopsVsNone: 'FLOPs vs no split',
    flopsVsHalf: 'FLOPs vs C′ = C/2',
    costChart: (c: number, size: number) =>
      `Cost of a basic unit with ${c} channels at ${size}×${size} against the untouched share C′/C, as a percentage of the unit without a split. FLOPs and parameters fall roughly with the square of the branch width; MAC falls more slowly, because split, concat and shuffle still move every channel.`,
    percentOfNoSplit: '% of the unit without a split',
    noSplit: '0 (no split)',
    paper: '1/2 (paper)',
    // feature reuse
    capped: (c: number) => `Keep C at most 1024 here (got ${c}).`,
    unitsK: 'units k',
    reuseFigure: (c: number, units: number, counts: string) =>
      `Positions of the original ${c} channels after each of ${units} basic units. Untouched channels: ${counts}.`,
    afterUnits: (k: number, n: number) => `after ${k} units ${n}`,
    list: ', ',
    positions: (last: number) => `channel positions 0 … ${last}`,
    input: 'input',
    unitK: (k: number) => `unit ${k}`,
    legend:
      "Dark blue: an original input channel, still untouched. Pale orange: features computed by some unit's branch.",
    tooWide: (c: number, max: number) => `C = ${c} is too wide to draw (${max} at most); the table has the counts.`,
    tableName: 'Untouched channels unit by unit',
    colAfter: 'after unit k',
    colExact: 'untouched channels (exact)',
  },
  zh: {
    splitFigure: (c: number, identity: number, branch: number) =>
      `对 ${c} 个通道做通道分割：${identity === 0 ? '没有通道保持不变地通过' : `通道 0 到 ${identity - 1}（共 ${identity} 个）保持不变地通过`}，通道 ${identity} 到 ${c - 1}（共 ${branch} 个）进入分支，分支中的 1×1 卷积把 ${branch} 个通道映射为 ${branch} 个。拼接后的输出有 ${c} 个通道。`,
    inputChannels: (c: number, drawn: number | null) =>
      `输入：${c} 个通道${drawn === null ? '' : `（画出其中 ${drawn} 个）`}`,
    branchShare: (b: number) => `C − C′ = ${b}：分支`,
    branchOps: (b: number) => `1×1 ${b}→${b} · 3×3 深度卷积 · 1×1 ${b}→${b}`,
    untouchedShare: (identity: number) => `C′ = ${identity}：保持不变`,
    outputChannels: (c: number) => `输出（拼接）：${c} 个通道`,
    channels: '通道数 C',
    featureMap: '特征图 h×w',
    untouchedRatio: '保持不变的比例 C′/C',
    branchConvs: '分支的 1×1 卷积',
    flops: 'FLOPs（乘加次数）',
    params: '参数量',
    flopsVsNone: 'FLOPs 相对于不分割',
    flopsVsHalf: 'FLOPs 相对于 C′ = C/2',
    costChart: (c: number, size: number) =>
      `${c} 个通道、${size}×${size} 的基本单元的代价随保持不变的比例 C′/C 的变化，以不分割的单元为 100%。FLOPs 和参数量大致随分支宽度的平方下降；MAC 下降得更慢，因为通道分割、拼接和通道混洗仍要搬运每一个通道。`,
    percentOfNoSplit: '相对于不分割的单元（%）',
    noSplit: '0（不分割）',
    paper: '1/2（论文）',
    capped: (c: number) => `这里 C 最大为 1024（输入的是 ${c}）。`,
    unitsK: '单元数 k',
    reuseFigure: (c: number, units: number, counts: string) =>
      `原来的 ${c} 个通道在 ${units} 个基本单元中每个之后的位置。保持不变的通道：${counts}。`,
    afterUnits: (k: number, n: number) => `经过 ${k} 个单元后 ${n} 个`,
    list: '，',
    positions: (last: number) => `通道位置 0 … ${last}`,
    input: '输入',
    unitK: (k: number) => `单元 ${k}`,
    legend: '深蓝色：原始输入通道，仍保持不变。浅橙色：由某个单元的分支计算出的特征。',
    tooWide: (c: number, max: number) => `C = ${c} 太宽，画不下（最多 ${max}）；表格中有各个数目。`,
    tableName: '逐个单元保持不变的通道',
    colAfter: '经过的单元数 k',
    colExact: '保持不变的通道（精确）',
  },
});
