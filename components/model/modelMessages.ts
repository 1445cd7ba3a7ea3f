import { messages } from '../../lib/i18n';

/** The texts of the live model's parts: loading, the gallery, the prediction, a unit's maps and checks. */
export const modelMessages = messages({
  en: {
    // LoadState
    theLiveModel: 'the live model',
    noscriptShows: (shows: string) => `Here the trained network would run in your browser and show ${shows}. `,
    noscriptPlain: 'Here the trained network would run in your browser. ',
    noscriptNeeds:
      'That needs JavaScript (and WebAssembly); the text and the static figures of this chapter read without them.',
    couldNotLoad: (what: string) => `Could not load ${what}.`,
    worksWithout: 'The text and static figures of this chapter work without it.',
    retry: 'Retry',
    loadingWhat: (what: string) => `Loading ${what}`,
    // LiveUnitCell
    noUnit: (model: string, stage: number, unit: number) => `The ${model} model has no stage ${stage}, unit ${unit}.`,
    downNeedsDown: (stage: number, unit: number) =>
      `Stage ${stage}, unit ${unit} is a basic unit; the 'down' view needs a down-sampling unit (unit 1 of a stage).`,
    basicNeedsBasic: (stage: number, unit: number, view: string) =>
      `Stage ${stage}, unit ${unit} is a down-sampling unit; the '${view}' view needs a basic unit (unit 2 or later).`,
    theModel: (name: string) => `the ${name} model`,
    liveShows: (stage: number, unit: number) =>
      `the real feature maps of stage ${stage}, unit ${unit} for an input you pick, and the network’s prediction`,
    pickInput: (title: string) => `Pick an input: ${title}`,
    sampleSource: (index: number) => `sample ${index}`,
    failedToRun: (detail: string) => `The model failed to run: ${detail}`,
    // GalleryPicker
    heldOutSamples: 'Held-out samples',
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    notLoaded: 'not loaded',
    loadingShort: 'loading…',
    sampleLabel: (index: number, label: string) => `Sample ${index}, true label ${label}`,
    moreSamples: 'More samples',
    selectedBefore: 'Selected: a ',
    selectedAfter: (index: number) => ` (held-out image no. ${index})`,
    // Prediction
    noPrediction: 'No prediction yet.',
    predictsBefore: (source: string) => `For ${source} the model predicts `,
    predictsAfter: (percent: string) => ` with probability ${percent} %`,
    correct: ' — correct.',
    trueLabelIs: (label: string) => ` — the true label is ${label}.`,
    // UnitView, FeatureMapGrid, MapCanvas
    scaleLabel: 'value (one scale for every map of this unit)',
    readoutHint: 'Point at a map, or focus the grid and use the arrow keys, to read a value.',
    mapsAppear: 'The maps appear here once the model has run.',
    channel: (c: number) => `channel ${c}`,
    channelRange: (from: number, to: number) => (to - from === 1 ? `channel ${from}` : `channels ${from}–${to - 1}`),
    readout: (name: string, row: number, col: number, value: string) =>
      `${name} · row ${row}, column ${col} · value ${value}`,
    mapsLabel: (label: string, count: number, height: number, width: number, enter: '' | 'large' | 'how') =>
      `${label}: ${count} maps of ${height}×${width}. Arrow keys move through the values, Page Up and Page Down change map${enter === 'large' ? ', Enter opens the map large' : enter === 'how' ? ', Enter shows how the value is computed' : ''}.`,
    // BranchesView
    inputSection: 'Input of the unit',
    splitHeading: 'Channel split of the input',
    wholeHeading: 'Input, read whole by both branches',
    /** `from`: where the input comes from, in reader's words ('Stage 3, unit 1 · channel shuffle (g = 2)') */
    unitInput: (from: string) => `Unit input, from ${from}`,
    inputChannel: (i: number) => `input channel ${i}`,
    inputChannelSplit: (i: number, untouched: boolean) =>
      `input channel ${i} (${untouched ? 'untouched half' : 'branch half'})`,
    toConcat: ' go to the concat untouched; ',
    throughBranch: ' go through the branch.',
    noSplit: (channels: number) =>
      `No split: the left branch and the right branch both read all ${channels} channels, and both use stride 2.`,
    outputsSection: 'Outputs of the two branches',
    basicOutputs: 'Untouched half and branch output',
    downOutputs: 'The two branch outputs',
    leftIdentity: 'Left: identity (untouched)',
    leftBranch: 'Left branch',
    rightOutput: 'Right: branch output',
    rightBranch: 'Right branch',
    leftChannel: (i: number) => `left channel ${i}`,
    rightChannel: (i: number) => `right channel ${i}`,
    runToCompare: 'Run the model to compare the halves.',
    identical: (range: string, changed: number, total: number) =>
      `The untouched half is exactly the input: the left output equals input ${range} value for value (largest difference 0), while ${changed} of the ${total} branch maps differ from the input maps they came from.`,
    notIdentical: 'Not identical:',
    differsBy: (range: string, diff: string) => ` the left output differs from input ${range} by up to ${diff}.`,
    downHalves: (
      h: number,
      w: number,
      oh: number,
      ow: number,
      each: number,
      sum: number,
      ratio: number,
      input: number,
    ) =>
      `Height and width halve in both branches (${h}×${w} → ${oh}×${ow}); each branch makes ${each} channels, so the concat will have ${sum} = ${ratio}× the input's ${input}.`,
    // ShuffleView
    concat: 'Concat',
    concatLabel: (basic: boolean): string =>
      basic ? 'Concat: the untouched half, then the branch output' : 'Concat: the left branch, then the right branch',
    concatChannel: (i: number) => `concat channel ${i}`,
    concatChannelFrom: (i: number, left: boolean, k: number) => `concat channel ${i} (${left ? 'left' : 'right'} ${k})`,
    areLeft: ' are the left output, ',
    areRight: ' the right output, one after the other.',
    shuffleSection: 'Channel shuffle',
    shuffleHeading: (groups: number) => `Channel shuffle (g = ${groups})`,
    shuffleIntroBefore: (channels: number) =>
      `Top: the ${channels} concat channels in order. Bottom: the ${channels} output channels. A line joins output channel `,
    shuffleIntroAfter:
      ' to the concat channel it copies; its colour is the group that channel came from. Point at a line, or focus the lines and use ← →, to see the channel it carries.',
    shuffleLines: (described: string) => `Shuffle lines, output ← concat channel: ${described}`,
    shuffleRule: (half: number) =>
      ` Output 2k copies left channel k, output 2k + 1 copies right channel k (concat channel ${half} + k).`,
    outputChannel: (i: number) => `output channel ${i}`,
    pointAtLine: 'Point at a line to see its channel here, large.',
    shuffleAppears: 'The shuffle appears here once the model has run.',
    allCopies: (channels: number) =>
      `Each of the ${channels} output maps is a copy, value for value, of the concat map its line starts from. The output alternates left, right, left, right…`,
    mismatch: 'Mismatch:',
    onlyMatch: (matches: number, channels: number) =>
      ` only ${matches} of ${channels} output maps equal the concat map the formula predicts.`,
  },
  zh: {
    theLiveModel: '实时运行的模型',
    noscriptShows: (shows: string) => `这里本会在你的浏览器中运行训练好的网络，并显示${shows}。`,
    noscriptPlain: '这里本会在你的浏览器中运行训练好的网络。',
    noscriptNeeds: '这需要 JavaScript（以及 WebAssembly）；本章的正文和静态图不需要它们也能阅读。',
    couldNotLoad: (what: string) => `无法加载${what}。`,
    worksWithout: '本章的正文和静态图不依赖它。',
    retry: '重试',
    loadingWhat: (what: string) => `正在加载${what}`,
    noUnit: (model: string, stage: number, unit: number) => `${model} 模型没有阶段 ${stage} 的第 ${unit} 个单元。`,
    downNeedsDown: (stage: number, unit: number) =>
      `阶段 ${stage} 的第 ${unit} 个单元是基本单元；“down”视图需要空间下采样单元（每个阶段的第 1 个单元）。`,
    basicNeedsBasic: (stage: number, unit: number, view: string) =>
      `阶段 ${stage} 的第 ${unit} 个单元是空间下采样单元；“${view}”视图需要基本单元（第 2 个或之后的单元）。`,
    theModel: (name: string) => (name === 'digits' ? '手写数字模型' : name === 'fashion' ? '服装模型' : `${name} 模型`),
    liveShows: (stage: number, unit: number) =>
      `阶段 ${stage} 第 ${unit} 个单元对你所选输入的真实特征图，以及网络的预测`,
    pickInput: (title: string) => `选择输入：${title}`,
    sampleSource: (index: number) => `样本 ${index}`,
    failedToRun: (detail: string) => `模型运行失败：${detail}`,
    heldOutSamples: '留出的测试图像',
    pageOf: (page: number, pages: number) => `第 ${page} / ${pages} 页`,
    notLoaded: '未加载',
    loadingShort: '加载中…',
    sampleLabel: (index: number, label: string) => `样本 ${index}，真实标签：${label}`,
    moreSamples: '更多样本',
    selectedBefore: '已选：',
    selectedAfter: (index: number) => `（第 ${index} 号测试图像）`,
    noPrediction: '还没有预测。',
    predictsBefore: (source: string) => `对于${source}，模型预测为 `,
    predictsAfter: (percent: string) => `，概率 ${percent} %`,
    correct: '——正确。',
    trueLabelIs: (label: string) => `——真实标签是 ${label}。`,
    scaleLabel: '数值（本单元所有特征图共用一个色标）',
    readoutHint: '指向一张特征图，或聚焦网格后用方向键，即可读出数值。',
    mapsAppear: '模型运行后，特征图会显示在这里。',
    channel: (c: number) => `通道 ${c}`,
    channelRange: (from: number, to: number) => (to - from === 1 ? `通道 ${from}` : `通道 ${from}–${to - 1}`),
    readout: (name: string, row: number, col: number, value: string) =>
      `${name} · 第 ${row} 行，第 ${col} 列 · 数值 ${value}`,
    mapsLabel: (label: string, count: number, height: number, width: number, enter: '' | 'large' | 'how') =>
      `${label}：${count} 张 ${height}×${width} 的特征图。方向键在数值间移动，Page Up 和 Page Down 切换特征图${enter === 'large' ? '，Enter 放大显示该特征图' : enter === 'how' ? '，Enter 显示该数值如何计算' : ''}。`,
    inputSection: '单元的输入',
    splitHeading: '输入的通道分割',
    wholeHeading: '输入：两个分支都读取全部通道',
    unitInput: (from: string) => `单元输入，来自${from}`,
    inputChannel: (i: number) => `输入通道 ${i}`,
    inputChannelSplit: (i: number, untouched: boolean) =>
      `输入通道 ${i}（${untouched ? '保持不变的一半' : '卷积分支的一半'}）`,
    toConcat: ' 原样进入拼接；',
    throughBranch: ' 经过卷积分支。',
    noSplit: (channels: number) => `没有通道分割：左分支和右分支都读取全部 ${channels} 个通道，并且步长都是 2。`,
    outputsSection: '两个分支的输出',
    basicOutputs: '保持不变的一半与卷积分支的输出',
    downOutputs: '两个分支的输出',
    leftIdentity: '左：恒等（保持不变）',
    leftBranch: '左分支',
    rightOutput: '右：卷积分支的输出',
    rightBranch: '右分支',
    leftChannel: (i: number) => `左通道 ${i}`,
    rightChannel: (i: number) => `右通道 ${i}`,
    runToCompare: '运行模型后即可比较两半。',
    identical: (range: string, changed: number, total: number) =>
      `保持不变的一半与输入完全相同：左侧输出与输入的${range}逐值相等（最大差值为 0），而卷积分支的 ${total} 张特征图中有 ${changed} 张与它们所来自的输入特征图不同。`,
    notIdentical: '不完全相同：',
    differsBy: (range: string, diff: string) => `左侧输出与输入的${range}最多相差 ${diff}。`,
    downHalves: (
      h: number,
      w: number,
      oh: number,
      ow: number,
      each: number,
      sum: number,
      ratio: number,
      input: number,
    ) =>
      `两个分支中高和宽都减半（${h}×${w} → ${oh}×${ow}）；每个分支输出 ${each} 个通道，因此拼接后有 ${sum} 个通道，是输入 ${input} 个通道的 ${ratio} 倍。`,
    concat: '拼接',
    concatLabel: (basic: boolean) => (basic ? '拼接：保持不变的一半，接着是分支的输出' : '拼接：左分支，接着是右分支'),
    concatChannel: (i: number) => `拼接通道 ${i}`,
    concatChannelFrom: (i: number, left: boolean, k: number) => `拼接通道 ${i}（${left ? '左' : '右'} ${k}）`,
    areLeft: ' 是左分支的输出，',
    areRight: ' 是右分支的输出，依次排列。',
    shuffleSection: '通道混洗',
    shuffleHeading: (groups: number) => `通道混洗（g = ${groups}）`,
    shuffleIntroBefore: (channels: number) =>
      `上方：按顺序排列的 ${channels} 个拼接通道。下方：${channels} 个输出通道。每条线把输出通道 `,
    shuffleIntroAfter:
      ' 连到它所复制的拼接通道；线的颜色表示该通道来自哪一组。指向一条线，或聚焦这些线后按 ← →，即可看到它所携带的通道。',
    shuffleLines: (described: string) => `混洗连线，输出 ← 拼接通道：${described}`,
    shuffleRule: (half: number) => ` 输出 2k 复制左通道 k，输出 2k + 1 复制右通道 k（即拼接通道 ${half} + k）。`,
    outputChannel: (i: number) => `输出通道 ${i}`,
    pointAtLine: '指向一条线，这里会放大显示它所携带的通道。',
    shuffleAppears: '模型运行后，混洗会显示在这里。',
    allCopies: (channels: number) =>
      `${channels} 张输出特征图中的每一张，都与其连线起点处的拼接特征图逐值相同。输出按左、右、左、右……交替排列。`,
    mismatch: '不一致：',
    onlyMatch: (matches: number, channels: number) =>
      `${channels} 张输出特征图中只有 ${matches} 张与公式预测的拼接特征图相同。`,
  },
});
