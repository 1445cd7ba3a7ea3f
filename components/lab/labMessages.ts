import { messages } from '../../lib/i18n';

type Phase = 'prepare' | 'warmup' | 'measure';

/** The benchmark lab's controls, progress, chart, tables and messages. */
export const labMessages = messages({
  en: {
    inconclusive: 'inconclusive',
    paperGpu: 'paper GPU',
    paperArm: 'paper ARM',
    axisLabel: 'speed relative to the first variant (higher is faster)',
    axisShort: 'speed vs the first variant',
    settingOption: (label: string, size: number, runs: number) => `${label} (${size}×${size}, ${runs} runs)`,
    describeSetting: (label: string, size: number, warmup: number, runs: number) =>
      `${label}: ${size}×${size} feature maps, ${warmup} warm-up + ${runs} timed runs per variant`,
    environment: (browser: string, cores: number) =>
      `${browser}; onnxruntime-web (wasm), 1 thread; ${cores ? `${cores} logical cores reported` : 'core count not reported'}`,
    yourBrowser: 'your browser',
    resultSetting: (setting: string, fusion: boolean) => `${setting}; operator fusion ${fusion ? 'on' : 'off'}`,
    cancelling: 'Cancelling after the current run…',
    progress: (phase: Phase, variant: string, done: number, total: number) =>
      `${phase === 'prepare' ? 'Building and loading' : phase === 'warmup' ? 'Warming up' : 'Timing'} ${variant} (step ${done} of ${total})`,
    loadingRuntime: 'Loading the runtime…',
    setting: 'setting',
    fusion: 'operator fusion',
    runAgain: 'Run again',
    run: (guideline: string) => `Run ${guideline}`,
    cancel: 'Cancel',
    progressOf: (guideline: string) => `Progress of ${guideline}`,
    othersBusy: 'Another experiment on this page is running. Wait for it, so the two do not compete for the processor.',
    cancelled: 'Cancelled. Nothing from the interrupted run is shown.',
    chartTitle: (guideline: string, first: string, measured: boolean, gpu: string) =>
      `${guideline}: speed of each variant relative to ${first}, ${measured ? 'on your device (bars) and' : 'your device not yet measured;'} in the paper (GPU diamonds, ARM triangles, ${gpu})`,
    keyGpu: 'paper, GPU (GTX 1080Ti)',
    keyArm: 'paper, ARM (Snapdragon 810, one thread)',
    barsDone: (setting: string, runs: number, environment: string) =>
      `Bars: your median; whiskers: the middle half of your runs. ${setting}; ${runs} timed runs per variant. Measured in ${environment}.`,
    measuring: (networks: number) => `Measuring: your bars appear when all ${networks} networks have been timed.`,
    barsLater: (setting: string) => `Your bars appear here after a run. ${setting}.`,
    noisy: (runs: number, label: string, spread: string) =>
      `Still noisy after ${runs} runs: the middle half of the runs of ${label} spans ${spread}% of its median. Rows marked “inconclusive” overlap the first variant. Close other tabs, keep the device plugged in, and run again.`,
    paperSays: (gpu: string, arm: string) => `The paper, GPU: ${gpu} ARM: ${arm}`,
    tableCaption: (guideline: string, measured: boolean) =>
      `${guideline}: cost of each variant${measured ? ' and your timings' : ''}`,
    copyTitle: (guideline: string, title: string) => `${guideline} — ${title}`,
    // LabTable
    colVariant: 'variant',
    colChannels: 'channels',
    colFlops: 'FLOPs',
    colVsFirst: 'vs first',
    colMac: 'MAC',
    colPaperGpu: 'paper GPU',
    colPaperArm: 'paper ARM',
    colMedian: 'median',
    colIqr: 'IQR',
    colSpeed: 'speed',
    paperNote:
      'Paper GPU, paper ARM: the paper’s measured speed of each variant relative to the first, at its smallest width (chapter 2 quotes the full tables).',
    // CopyTable
    markdown: 'markdown',
    tsv: 'TSV (spreadsheet)',
    format: 'format',
    copyAsTable: 'Copy as table',
    copied: (markdown: boolean) =>
      `Copied the ${markdown ? 'markdown' : 'tab-separated'} table to the clipboard. It is also shown below.`,
    notAllowed: 'This browser did not allow copying to the clipboard; select the text below and copy it.',
    tableText: 'Table text',
    // RunAll
    runAll: 'Run all four',
    runningOf: (guideline: string, position: number) => `Running ${guideline} (${position} of 4)…`,
    timesAll: 'Times G1, G2, G3 and G4 one after another with the settings of each cell.',
  },
  zh: {
    inconclusive: '无定论',
    paperGpu: '论文 GPU',
    paperArm: '论文 ARM',
    axisLabel: '相对第一个变体的速度（越高越快）',
    axisShort: '相对第一个变体的速度',
    settingOption: (label: string, size: number, runs: number) => `${label}（${size}×${size}，${runs} 次运行）`,
    describeSetting: (label: string, size: number, warmup: number, runs: number) =>
      `${label}：${size}×${size} 的特征图，每个变体 ${warmup} 次预热 + ${runs} 次计时运行`,
    environment: (browser: string, cores: number) =>
      `${browser}；onnxruntime-web（wasm），1 个线程；${cores ? `报告 ${cores} 个逻辑核心` : '未报告核心数'}`,
    yourBrowser: '你的浏览器',
    resultSetting: (setting: string, fusion: boolean) => `${setting}；算子融合${fusion ? '开启' : '关闭'}`,
    cancelling: '当前这次运行结束后取消…',
    progress: (phase: Phase, variant: string, done: number, total: number) =>
      `${phase === 'prepare' ? '正在构建并加载' : phase === 'warmup' ? '正在预热' : '正在计时'} ${variant}（第 ${done} / ${total} 步）`,
    loadingRuntime: '正在加载运行时…',
    setting: '设置',
    fusion: '算子融合',
    runAgain: '再次运行',
    run: (guideline: string) => `运行 ${guideline}`,
    cancel: '取消',
    progressOf: (guideline: string) => `${guideline} 的进度`,
    othersBusy: '本页的另一个实验正在运行。请等它结束，以免两者争用处理器。',
    cancelled: '已取消。被中断的运行不显示任何结果。',
    chartTitle: (guideline: string, first: string, measured: boolean, gpu: string) =>
      `${guideline}：各变体相对 ${first} 的速度，${measured ? '在你的设备上（条形）以及' : '你的设备尚未测量；'}在论文中（GPU 为菱形，ARM 为三角形，${gpu}）`,
    keyGpu: '论文，GPU（GTX 1080Ti）',
    keyArm: '论文，ARM（骁龙 810，单线程）',
    barsDone: (setting: string, runs: number, environment: string) =>
      `条形：你的中位数；须线：你的运行中居中的一半。${setting}；每个变体 ${runs} 次计时运行。测量环境：${environment}。`,
    measuring: (networks: number) => `正在测量：全部 ${networks} 个网络计时完成后，你的条形会出现。`,
    barsLater: (setting: string) => `运行之后，你的条形会显示在这里。${setting}。`,
    noisy: (runs: number, label: string, spread: string) =>
      `${runs} 次运行后仍然噪声较大：“${label}”的运行中，居中的一半跨越了其中位数的 ${spread}%。标为“无定论”的行与第一个变体重叠。请关闭其他标签页，让设备接通电源，然后再次运行。`,
    paperSays: (gpu: string, arm: string) => `论文，GPU：${gpu}ARM：${arm}`,
    tableCaption: (guideline: string, measured: boolean) =>
      `${guideline}：各变体的代价${measured ? '以及你的计时' : ''}`,
    copyTitle: (guideline: string, title: string) => `${guideline} — ${title}`,
    colVariant: '变体',
    colChannels: '通道',
    colFlops: 'FLOPs',
    colVsFirst: '相对首个',
    colMac: 'MAC',
    colPaperGpu: '论文 GPU',
    colPaperArm: '论文 ARM',
    colMedian: '中位数',
    colIqr: '四分位距',
    colSpeed: '速度',
    paperNote: '论文 GPU、论文 ARM：论文中测得的各变体相对第一个变体的速度，取其最小宽度（第 2 章引用了完整的表格）。',
    markdown: 'Markdown',
    tsv: 'TSV（电子表格）',
    format: '格式',
    copyAsTable: '复制为表格',
    copied: (markdown: boolean) => `已把${markdown ? ' Markdown ' : '制表符分隔的'}表格复制到剪贴板，下方也显示了它。`,
    notAllowed: '此浏览器不允许复制到剪贴板；请选中下方的文本并复制。',
    tableText: '表格文本',
    runAll: '全部运行四个',
    runningOf: (guideline: string, position: number) => `正在运行 ${guideline}（第 ${position} / 4 个）…`,
    timesAll: '按各单元格的设置，依次为 G1、G2、G3 和 G4 计时。',
  },
});
