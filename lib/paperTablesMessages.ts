/**
 * The labels of the paper's quoted tables in the reader's language. The published numbers stay in
 * lib/paperTables.ts, untouched; only the words around them (table names, captions, headings, row
 * labels, the paper's notes beside model names) are translated here.
 */
import type { Locale } from './i18n';
import { messages } from './i18n';
import type { ExperimentId } from './labExperiments';
import { guidelinesLibMessages } from './guidelinesMessages';
import { PAPER_TABLES, TORCHVISION_ORIGIN, type PaperTable } from './paperTables';

export const paperTablesMessages = messages({
  en: {
    g1Caption: PAPER_TABLES.g1.caption,
    g2Caption: PAPER_TABLES.g2.caption,
    g3Caption: PAPER_TABLES.g3.caption,
    g4Caption: PAPER_TABLES.g4.caption,
    tableName: (n: number) => `Table ${n}`,
    g1ChannelHeading: '(c₁, c₂) at ×1',
    g2ChannelHeading: 'c at ×1',
    g3RowHeading: 'block',
    g4RowHeading: 'ReLU, shortcut',
    reluShortcut: 'ReLU + shortcut',
    reluOnly: 'ReLU only',
    shortcutOnly: 'shortcut only',
    neither: 'neither',
    ourImpl: 'our impl.',
    withResidual: 'with residual',
    originPorted: TORCHVISION_ORIGIN.ported,
    originNewRecipe: TORCHVISION_ORIGIN['new-recipe'],
  },
  zh: {
    g1Caption: '十个模块，每个由两个 1×1 卷积组成（c₁ → c₂，然后 c₂ → c₁），总 FLOPs 相同，c₁ : c₂ 取四种比例。',
    g2Caption: '十个 1×1 分组卷积，四种分组数 g，加宽通道数 c 使总 FLOPs 保持不变。',
    g3Caption: '十个模块，每个由一到四个串联或并联的 1×1 卷积组成；c 是单碎片模块的宽度，其余模块调整到相同的 FLOPs。',
    g4Caption: '十个 ResNet 瓶颈单元，分别去掉其中的 ReLU 和恒等捷径（shortcut）；c 是单元的通道数。',
    tableName: (n: number) => `表 ${n}`,
    g1ChannelHeading: '×1 时的 (c₁, c₂)',
    g2ChannelHeading: '×1 时的 c',
    g3RowHeading: '模块',
    g4RowHeading: 'ReLU，捷径',
    reluShortcut: 'ReLU + 捷径',
    reluOnly: '仅 ReLU',
    shortcutOnly: '仅捷径',
    neither: '两者都没有',
    ourImpl: '论文复现',
    withResidual: '带残差',
    originPorted: '由第三方从头训练以复现论文（ericsun99/Shufflenet-v2-Pytorch 项目），再移植进 torchvision',
    originNewRecipe:
      '由 torchvision 团队用其 2022 年的训练方案训练（600 个 epoch、TrivialAugment、mixup、cutmix、标签平滑、随机擦除、176 像素的训练裁剪），比论文的训练时间长得多、也强得多',
  },
});

const G4_ROWS = {
  'ReLU + shortcut': 'reluShortcut',
  'ReLU only': 'reluOnly',
  'shortcut only': 'shortcutOnly',
  neither: 'neither',
} as const;

/** One of the paper's guideline tables (Tables 1–4) with its words in the reader's language, its numbers unchanged. */
export function paperTable(experiment: ExperimentId, locale: Locale = 'en'): PaperTable {
  const t = PAPER_TABLES[experiment];
  if (locale === 'en') return t;
  const m = paperTablesMessages[locale];
  const n = Number(experiment.slice(1));
  const rowLabel = (label: string): string => {
    if (experiment === 'g3') {
      const match = /^(\d+)-fragment(?:-(series|parallel))?$/.exec(label);
      const g = guidelinesLibMessages[locale];
      if (match) return match[2] ? g.fragments(Number(match[1]), g[match[2] as 'series' | 'parallel']) : g.oneFragment;
    }
    if (experiment === 'g4') return m[G4_ROWS[label as keyof typeof G4_ROWS]] ?? label;
    return label;
  };
  return {
    ...t,
    table: m.tableName(n),
    caption: m[`${experiment}Caption`],
    rowHeading: experiment === 'g3' ? m.g3RowHeading : experiment === 'g4' ? m.g4RowHeading : t.rowHeading,
    channelHeading:
      experiment === 'g1' ? m.g1ChannelHeading : experiment === 'g2' ? m.g2ChannelHeading : t.channelHeading,
    rows: t.rows.map((r) => ({ ...r, label: rowLabel(r.label) })),
  };
}

/** A model's name as the paper prints it, its notes ("our impl.", "with residual") in the reader's language. */
export function modelLabel(model: string, locale: Locale = 'en'): string {
  if (locale === 'en') return model;
  const m = paperTablesMessages[locale];
  return model
    .replace(/ \((.*?)our impl\.\)/, (_, before: string) => `（${before.replace(/, $/, '，')}${m.ourImpl}）`)
    .replace(' (with residual)', `（${m.withResidual}）`);
}

/** Where each torchvision weight came from, in the reader's language. */
export function torchvisionOrigin(origin: keyof typeof TORCHVISION_ORIGIN, locale: Locale = 'en'): string {
  const m = paperTablesMessages[locale];
  return origin === 'ported' ? m.originPorted : m.originNewRecipe;
}
