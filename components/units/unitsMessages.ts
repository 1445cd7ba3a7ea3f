import { messages } from '../../lib/i18n';

/** The unit cells' texts: size fields, cost table and bars, op notes, feature reuse, the stride figure. */
export const unitCellMessages = messages({
  en: {
    basicExplorerTitle: 'The basic unit (stride 1)',
    downExplorerTitle: 'The spatial down-sampling unit (stride 2)',
    fieldChannels: 'channels C',
    fieldHeight: 'height H',
    fieldWidth: 'width W',
    fieldChannelsIn: 'input channels C_in',
    fieldChannelsOut: 'output channels C_out',
    metricFlops: 'FLOPs (multiply-adds)',
    metricParams: 'parameters',
    metricMac: 'memory access (MAC)',
    noTable: (error: string) => `The table appears when the sizes above describe a valid unit: ${error}`,
    summaryMac: (moves: string, total: string, dws: boolean, dw: string) =>
      `Split, concat and shuffle compute nothing, yet as separate operations they cause ${moves} of the unit's ${total} memory accesses; the depthwise convolution${dws ? 's' : ''} ${dw}.`,
    summaryCompute: (conv: string, total: string, params: boolean, dws: boolean, dw: string) =>
      `The 1×1 convolutions account for ${conv} of the unit's ${total} ${params ? 'parameters' : 'FLOPs (multiply-adds)'}, the depthwise convolution${dws ? 's' : ''} for ${dw}${params ? ' (BatchNorm’s γ and β included with each convolution)' : ''}.`,
    forUnit: (down: boolean, shape: string) =>
      `For the ${down ? 'down-sampling' : 'basic'} unit on a ${shape} input chosen above.`,
    tableName: 'Shapes and cost of every operation',
    colOperation: 'operation',
    colInput: 'input',
    colOutput: 'output',
    colParams: 'params',
    wholeUnit: 'whole unit',
    metricGroup: 'Quantity shown in the bars',
    perOperation: (metric: string) => `${metric} per operation`,
    // short op names for bars and table rows
    left: 'left ',
    right: 'right ',
    conv1x1: '1×1 conv',
    first: ' (1st)',
    second: ' (2nd)',
    dwconv: (strided: boolean) => `3×3 DW conv${strided ? ' s2' : ''}`,
    shuffle: 'shuffle',
    split: 'split',
    identity: 'identity',
    concat: 'concat',
    /** a guideline's short name, after its tag G1–G4 */
    guideline: (n: number) => ['equal widths', 'few groups', 'few fragments', 'few element-wise ops'][n - 1],
    // notes on the ops, beside the diagram
    splitSends: (left: number, right: number) =>
      `Sends the first ${left} channels to the identity path and the other ${right} into the convolution branch. Nothing is computed.`,
    splitG3: 'Only two branches, so the unit stays one wide computation instead of many small ones.',
    splitG4:
      'Split, concat and shuffle only move data; an implementation can merge the three into a single element-wise operation.',
    identityPass: (c: number) =>
      `These ${c} channels pass through unchanged: no parameters, no FLOPs, and no memory traffic of their own.`,
    identityReuse: 'Feature reuse: half of the unit’s input reaches the next unit exactly as it came in.',
    conv: (cin: number, cout: number) =>
      `An ordinary 1×1 convolution followed by BatchNorm and ReLU: ${cin} → ${cout} channels.`,
    convEqual: (cin: number, cout: number) =>
      `Equal input and output width (${cin} = ${cout}), the width that minimises memory access for its FLOPs.`,
    convUnequal: (cin: number, cout: number) =>
      `Here the widths differ (${cin} → ${cout}): this unit’s input is not half as wide as its output. In the paper’s networks only the unit that opens Stage 2 has such a convolution (its input is Conv1’s 24 channels), and at 0.5×, where its branches are 24 wide, not even that one.`,
    convG2: (groups: number) =>
      `Not a group convolution (groups = ${groups}). ShuffleNet V1 used pointwise group convolutions here.`,
    dw: (groups: number, stride: number, from: string, to: string) =>
      `A depthwise convolution: one 3×3 filter per channel (${groups} groups of one channel)${stride > 1 ? `, at stride ${stride}, so ${from} becomes ${to}` : ''}.`,
    dwNoRelu: 'BatchNorm but no ReLU afterwards, as in ShuffleNet V1 and Xception.',
    dwCheap:
      'Few FLOPs for the memory it touches: it reads and writes a whole feature map for only 9 multiply-adds per output value.',
    concatDown: (half: number, c: number) =>
      `Stacks the two branches of ${half} channels each: the output has ${c} channels, twice each branch’s width.`,
    concatDownG4: 'Concatenation, not element-wise addition.',
    concatBasic: (c: number) =>
      `Puts the untouched half and the branch output back together: ${c} channels, the unit’s input width.`,
    concatBasicG4: 'Concatenation instead of ResNet’s element-wise Add: no arithmetic at all.',
    shuffleNote: (half: number) =>
      `Interleaves the two halves (reshape to 2 × ${half}, transpose, flatten), so the next unit’s split takes half its channels from each branch.`,
    shuffleG4: 'Pure data movement; fused with the next split and the concat in a fast implementation.',
    // feature reuse
    reuseChannels: 'channels',
    reuseUnits: 'units followed',
    reuseUnit0: (n: number) => `unit 0 output: ${n} channels`,
    reuseAfter: (units: number, n: number) => `after ${units} more unit${units > 1 ? 's' : ''}: ${n} of them untouched`,
    listSeparator: '; ',
    reuseFigure: (c: number, summary: string) => `Feature reuse across basic units with C = ${c}: ${summary}.`,
    reuseRow0: 'unit 0',
    reuseCount: (n: number, c: number) => `${n} of ${c} untouched`,
    reuseNote: (units: number, n: number, c: number) =>
      `After ${units} unit${units > 1 ? 's' : ''}, ${n} of unit 0’s ${c} output channels are still present exactly as unit 0 wrote them`,
    reuseWhole: ' — ',
    reuseNotWholeOpen: ' (',
    reuseNotWhole: (n: number) => ` is no longer a whole number; the shuffle leaves ${n})`,
    reuseEnd: '. Numbers in the boxes are unit 0’s channel indices; grey boxes were recomputed by a branch.',
    // the stride figure
    inputWidth: 'input width',
    formulaEnd: '. ',
    strideFigure: (n: number, lastCentre: number, out: number) =>
      `A row of ${n} input values with one padding value on each side. Windows of width 3 start every 2 positions, centred on inputs 0, 2, …, ${lastCentre}: ${out} outputs.`,
    strideInput: (n: number) => `input (${n}) with padding 1`,
    strideOutput: (out: number) => `output (${out})`,
    strideOdd: (last: number) =>
      `With an odd width the last window is centred on the last input (${last}) and reaches into the right padding: that extra output is why the size rounds up.`,
    strideEven: (centre: number, last: number) =>
      `With an even width the last window, centred on ${centre}, ends exactly on the last input (${last}); the right padding is never used.`,
  },
  zh: {
    basicExplorerTitle: '基本单元（步长 1）',
    downExplorerTitle: '空间下采样单元（步长 2）',
    fieldChannels: '通道数 C',
    fieldHeight: '高度 H',
    fieldWidth: '宽度 W',
    fieldChannelsIn: '输入通道数 C_in',
    fieldChannelsOut: '输出通道数 C_out',
    metricFlops: 'FLOPs（乘加次数）',
    metricParams: '参数量',
    metricMac: '内存访问代价（MAC）',
    noTable: (error: string) => `上方的尺寸构成一个有效的单元时，这里会显示表格：${error}`,
    summaryMac: (moves: string, total: string, dws: boolean, dw: string) =>
      `通道分割、拼接和通道混洗不做任何计算，但作为独立的操作，它们造成了该单元 ${total} 次内存访问中的 ${moves}；${dws ? '两个深度卷积' : '深度卷积'}占 ${dw}。`,
    summaryCompute: (conv: string, total: string, params: boolean, dws: boolean, dw: string) =>
      `该单元共有 ${total} ${params ? '个参数' : '次乘加（FLOPs）'}，其中 1×1 卷积占 ${conv}，${dws ? '两个深度卷积' : '深度卷积'}占 ${dw}${params ? '（每个卷积都计入了其 BatchNorm 的 γ 和 β）' : ''}。`,
    forUnit: (down: boolean, shape: string) => `上方所选的 ${shape} 输入上的${down ? '空间下采样单元' : '基本单元'}。`,
    tableName: '每个操作的形状与代价',
    colOperation: '操作',
    colInput: '输入',
    colOutput: '输出',
    colParams: '参数量',
    wholeUnit: '整个单元',
    metricGroup: '条形图显示的量',
    perOperation: (metric: string) => `每个操作的${metric}`,
    left: '左分支 ',
    right: '右分支 ',
    conv1x1: '1×1 卷积',
    first: '（第 1 个）',
    second: '（第 2 个）',
    dwconv: (strided: boolean) => `3×3 深度卷积${strided ? '（步长 2）' : ''}`,
    shuffle: '通道混洗',
    split: '通道分割',
    identity: '恒等',
    concat: '拼接',
    guideline: (n: number) => ['通道等宽', '分组少', '碎片少', '逐元素操作少'][n - 1],
    splitSends: (left: number, right: number) =>
      `把前 ${left} 个通道送入恒等路径，其余 ${right} 个送入卷积分支。不做任何计算。`,
    splitG3: '只有两个分支，所以单元仍是一次宽的计算，而不是许多小计算。',
    splitG4: '通道分割、拼接和通道混洗只搬运数据；实现时可以把三者合并为一个逐元素操作。',
    identityPass: (c: number) => `这 ${c} 个通道原样通过：没有参数，没有 FLOPs，自身也没有内存访问。`,
    identityReuse: '特征复用：单元输入的一半原封不动地到达下一个单元。',
    conv: (cin: number, cout: number) => `普通的 1×1 卷积，后接 BatchNorm 和 ReLU：${cin} → ${cout} 个通道。`,
    convEqual: (cin: number, cout: number) =>
      `输入与输出宽度相等（${cin} = ${cout}），对同样的 FLOPs 而言，这个宽度使内存访问最少。`,
    convUnequal: (cin: number, cout: number) =>
      `这里宽度不同（${cin} → ${cout}）：这个单元的输入宽度不是其输出的一半。在论文的网络中，只有开启阶段 2 的那个单元有这样的卷积（它的输入是 Conv1 的 24 个通道）；而在 0.5× 下，它的分支宽 24，连这个单元也没有。`,
    convG2: (groups: number) => `不是分组卷积（分组数 = ${groups}）。ShuffleNet V1 在这里用的是逐点分组卷积。`,
    dw: (groups: number, stride: number, from: string, to: string) =>
      `深度卷积：每个通道一个 3×3 卷积核（${groups} 组，每组一个通道）${stride > 1 ? `，步长 ${stride}，因此 ${from} 变为 ${to}` : ''}。`,
    dwNoRelu: '之后有 BatchNorm 但没有 ReLU，与 ShuffleNet V1 和 Xception 相同。',
    dwCheap: '相对于它访问的内存，FLOPs 很少：它读写整张特征图，而每个输出值只有 9 次乘加。',
    concatDown: (half: number, c: number) =>
      `把两个各有 ${half} 个通道的分支叠在一起：输出有 ${c} 个通道，是每个分支宽度的两倍。`,
    concatDownG4: '拼接，而不是逐元素相加。',
    concatBasic: (c: number) => `把保持不变的一半与分支的输出重新拼在一起：${c} 个通道，即单元的输入宽度。`,
    concatBasicG4: '用拼接代替 ResNet 的逐元素相加（Add）：完全没有算术运算。',
    shuffleNote: (half: number) =>
      `把两半交错排列（重塑为 2 × ${half}，转置，展平），这样下一个单元的通道分割从每个分支各取一半通道。`,
    shuffleG4: '纯粹的数据搬运；在快速的实现中，它与下一次通道分割及拼接融合在一起。',
    reuseChannels: '通道数',
    reuseUnits: '追踪的单元数',
    reuseUnit0: (n: number) => `单元 0 的输出：${n} 个通道`,
    reuseAfter: (units: number, n: number) => `再经过 ${units} 个单元：其中 ${n} 个保持不变`,
    listSeparator: '；',
    reuseFigure: (c: number, summary: string) => `C = ${c} 时基本单元之间的特征复用：${summary}。`,
    reuseRow0: '单元 0',
    reuseCount: (n: number, c: number) => `${c} 个中 ${n} 个保持不变`,
    reuseNote: (units: number, n: number, c: number) =>
      `经过 ${units} 个单元后，单元 0 的 ${c} 个输出通道中仍有 ${n} 个与单元 0 写出时完全相同`,
    reuseWhole: '：',
    reuseNotWholeOpen: '（',
    reuseNotWhole: (n: number) => ` 已不是整数；混洗后剩下 ${n} 个）`,
    reuseEnd: '。方框中的数字是单元 0 的通道编号；灰色方框已被分支重新计算。',
    inputWidth: '输入宽度',
    formulaEnd: '。',
    strideFigure: (n: number, lastCentre: number, out: number) =>
      `一行 ${n} 个输入值，两侧各填充一个值。宽度为 3 的窗口每隔 2 个位置开始一个，中心依次位于输入 0、2、…、${lastCentre}：共 ${out} 个输出。`,
    strideInput: (n: number) => `输入（${n}），填充 1`,
    strideOutput: (out: number) => `输出（${out}）`,
    strideOdd: (last: number) =>
      `宽度为奇数时，最后一个窗口以最后一个输入（${last}）为中心，并伸入右侧的填充：正是这个多出来的输出让尺寸向上取整。`,
    strideEven: (centre: number, last: number) =>
      `宽度为偶数时，最后一个窗口以 ${centre} 为中心，恰好止于最后一个输入（${last}）；右侧的填充从未被用到。`,
  },
});
