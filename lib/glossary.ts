/**
 * The book's glossary: one entry per term, each with a stable id (the anchor on /glossary/ and
 * the id `<Term id=…>` takes), a plain-text definition (what a <Term> opens in place) and the
 * chapter that teaches it. The Chinese edition's words for each entry are in lib/glossaryZh.ts.
 */
import type { Locale } from './i18n';
import { glossaryZh } from './glossaryZh';

/** Every chapter slug of the book, in reading order (fixed by the book's plan). */
export const CHAPTER_SLUGS = [
  'why-shufflenet-v2',
  'guidelines',
  'channel-split',
  'channel-shuffle',
  'basic-unit',
  'downsampling-unit',
  'whole-network',
  'explorer',
  'v1-vs-v2',
  'misconceptions',
  'benchmark-lab',
  'results',
  'shuffle-experiments',
  'review',
] as const;

export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

export interface GlossaryTerm {
  id: string;
  term: string;
  /** other names readers meet for the same thing */
  aliases?: string[];
  definition: string;
  chapter: ChapterSlug;
  /** ids of related terms */
  related?: string[];
}

export const glossary: readonly GlossaryTerm[] = [
  {
    id: 'flops',
    term: 'FLOPs',
    aliases: ['multiply-adds', 'MAdds'],
    definition:
      'The number of multiply-add operations a network performs for one input. Counted from the architecture alone, it is an indirect measure of cost: it ignores memory traffic, parallelism and the platform. In this book, as in the ShuffleNetV2 paper, one multiply-add counts as one FLOP.',
    chapter: 'why-shufflenet-v2',
    related: ['mac', 'direct-metric'],
  },
  {
    id: 'direct-metric',
    term: 'direct and indirect metrics',
    definition:
      'A direct metric is what a user experiences — speed or latency on the target device. An indirect metric, such as FLOPs, approximates it from the architecture; the two can disagree.',
    chapter: 'why-shufflenet-v2',
    related: ['flops', 'latency'],
  },
  {
    id: 'mac',
    term: 'memory access cost (MAC)',
    aliases: ['MAC'],
    definition:
      'The number of elements a layer reads and writes: its input feature map, its output feature map and its weights. For a 1×1 convolution on an h×w map from c₁ to c₂ channels, MAC = hw(c₁ + c₂) + c₁c₂. Not to be confused with a multiply-accumulate.',
    chapter: 'why-shufflenet-v2',
    related: ['flops', 'practical-guidelines'],
  },
  {
    id: 'practical-guidelines',
    term: 'guidelines G1–G4',
    definition:
      'The four design rules of the ShuffleNetV2 paper: G1, equal channel width minimises MAC; G2, excessive group convolution increases MAC; G3, network fragmentation reduces the degree of parallelism; G4, element-wise operations are not negligible.',
    chapter: 'guidelines',
    related: ['mac', 'group-conv', 'fragmentation', 'elementwise-op'],
  },
  {
    id: 'group-conv',
    term: 'group convolution',
    aliases: ['grouped convolution'],
    definition:
      'A convolution whose input and output channels are divided into g groups, each output group computed only from the matching input group. It divides parameters and FLOPs by g; at a fixed FLOPs budget the wider layers it allows raise the memory access cost (guideline G2).',
    chapter: 'guidelines',
    related: ['pointwise-group-conv', 'depthwise-conv', 'channel-shuffle'],
  },
  {
    id: 'fragmentation',
    term: 'network fragmentation',
    definition:
      'Splitting a block’s work into many small operators (separate branches or many sequential small layers) instead of a few large ones. It launches more, smaller kernels and synchronises more often, which lowers the degree of parallelism (guideline G3).',
    chapter: 'guidelines',
    related: ['degree-of-parallelism'],
  },
  {
    id: 'degree-of-parallelism',
    term: 'degree of parallelism',
    definition:
      'How much of a computation can run at the same time. A device like a GPU is fast only when it has enough independent work; a model with the same FLOPs spread over many small operations keeps it less busy.',
    chapter: 'guidelines',
    related: ['fragmentation'],
  },
  {
    id: 'elementwise-op',
    term: 'element-wise operation',
    definition:
      'An operation applied to each element independently, such as ReLU, tensor addition or adding a bias. It has few FLOPs but reads and writes whole feature maps, so its memory access cost is high relative to its arithmetic (guideline G4). The paper also counts depthwise convolutions in this category.',
    chapter: 'guidelines',
    related: ['relu', 'mac'],
  },
  {
    id: 'channel-split',
    term: 'channel split',
    definition:
      'The first step of a ShuffleNetV2 basic unit: the c input channels are divided along the channel axis into c − c′ and c′ channels (the paper sets c′ = c/2). The first c − c′ pass through the unit untouched, the last c′ go through the convolution branch. The down-sampling unit has no split.',
    chapter: 'channel-split',
    related: ['identity-branch', 'basic-unit', 'concat'],
  },
  {
    id: 'identity-branch',
    term: 'identity branch',
    aliases: ['untouched half'],
    definition:
      'In a basic unit, the half of the channels that the channel split passes straight to the concat, without any computation. It is not added to anything; its channels reappear unchanged in the unit’s output.',
    chapter: 'channel-split',
    related: ['channel-split', 'feature-reuse'],
  },
  {
    id: 'channel-shuffle',
    term: 'channel shuffle',
    definition:
      'A fixed, deterministic permutation of channels: view the C channels as a g × C/g matrix, transpose it and flatten it again. Every channel moves as a whole — no value inside a feature map changes — so that the next layer sees channels from every group. ShuffleNetV2 uses g = 2 after each concat.',
    chapter: 'channel-shuffle',
    related: ['group-conv', 'concat'],
  },
  {
    id: 'pointwise-conv',
    term: 'pointwise convolution',
    aliases: ['1×1 convolution'],
    definition:
      'A convolution with a 1×1 kernel: each output pixel is a weighted sum of the input channels at the same position. It mixes information across channels, not across space, and dominates the FLOPs of efficient networks.',
    chapter: 'basic-unit',
    related: ['depthwise-conv', 'depthwise-separable-conv'],
  },
  {
    id: 'depthwise-conv',
    term: 'depthwise convolution',
    definition:
      'A convolution with one filter per channel (a group convolution with as many groups as channels): it filters each channel spatially and never mixes channels. ShuffleNetV2 uses 3×3 depthwise convolutions, followed by BN but no ReLU.',
    chapter: 'basic-unit',
    related: ['pointwise-conv', 'group-conv', 'depthwise-separable-conv'],
  },
  {
    id: 'depthwise-separable-conv',
    term: 'depthwise separable convolution',
    definition:
      'A depthwise convolution followed by a pointwise convolution, factorising an ordinary convolution into a spatial step and a channel-mixing step. It needs far fewer parameters and FLOPs than the ordinary convolution it replaces.',
    chapter: 'basic-unit',
    related: ['depthwise-conv', 'pointwise-conv'],
  },
  {
    id: 'batch-norm',
    term: 'batch normalization (BN)',
    aliases: ['BN'],
    definition:
      'A layer that normalises each channel by a mean and variance (of the mini-batch in training, running averages at inference), then scales and shifts it by two learned parameters per channel, γ and β. At inference it is a fixed per-channel affine map that can be folded into the preceding convolution.',
    chapter: 'basic-unit',
    related: ['relu'],
  },
  {
    id: 'relu',
    term: 'ReLU',
    definition:
      'The rectified linear unit, max(0, x), applied to every element. In a ShuffleNetV2 unit it follows the 1×1 convolutions (after their BN) but not the depthwise convolution.',
    chapter: 'basic-unit',
    related: ['elementwise-op', 'batch-norm'],
  },
  {
    id: 'concat',
    term: 'concatenation (concat)',
    definition:
      'Joining tensors along the channel axis: a tensor of a channels and one of b channels become one of a + b channels, with every value unchanged. ShuffleNetV2 merges its two branches this way instead of adding them.',
    chapter: 'basic-unit',
    related: ['channel-split', 'residual-connection'],
  },
  {
    id: 'basic-unit',
    term: 'basic unit',
    definition:
      'ShuffleNetV2’s stride-1 building block: channel split; one half untouched; the other half through a 1×1 conv-BN-ReLU, a 3×3 depthwise conv-BN and a 1×1 conv-BN-ReLU, all of the same width; concat; channel shuffle. Shape in equals shape out.',
    chapter: 'basic-unit',
    related: ['channel-split', 'channel-shuffle', 'downsampling-unit'],
  },
  {
    id: 'downsampling-unit',
    term: 'spatial down-sampling unit',
    aliases: ['down-sampling unit', 'stride-2 unit'],
    definition:
      'ShuffleNetV2’s stride-2 building block, the first unit of every stage. There is no channel split: both branches read the whole input, each halves the height and width with a stride-2 depthwise convolution (left: 3×3 depthwise conv-BN, 1×1 conv-BN-ReLU; right: 1×1 conv-BN-ReLU, 3×3 depthwise conv-BN, 1×1 conv-BN-ReLU), and their concat gives the stage’s width — twice the input’s in Stages 3 and 4 — before the channel shuffle.',
    chapter: 'downsampling-unit',
    related: ['basic-unit', 'stride'],
  },
  {
    id: 'stride',
    term: 'stride',
    definition:
      'The step between the positions where a filter is applied. Stride 2 halves the height and width of the output (rounding up with ShuffleNetV2’s padding).',
    chapter: 'downsampling-unit',
    related: ['downsampling-unit'],
  },
  {
    id: 'stage',
    term: 'stage',
    definition:
      'A run of units that produce one spatial resolution and one width. Each of ShuffleNetV2’s Stages 2, 3 and 4 starts with a down-sampling unit, which halves the height and width, followed by basic units that keep its output shape.',
    chapter: 'whole-network',
    related: ['width-multiplier'],
  },
  {
    id: 'width-multiplier',
    term: 'width multiplier',
    definition:
      'The label (0.5×, 1×, 1.5×, 2×) of a ShuffleNetV2 width: it scales the channels of Stages 2–4 (and, at 2×, of Conv5), trading accuracy for cost. The widths are chosen to meet the paper’s complexity levels and are not exact multiples of the 1× network’s.',
    chapter: 'whole-network',
    related: ['stage'],
  },
  {
    id: 'global-average-pooling',
    term: 'global average pooling',
    definition:
      'Averaging each channel over all its positions, turning a C×H×W feature map into C numbers before the final classifier.',
    chapter: 'whole-network',
  },
  {
    id: 'onnx-runtime-web',
    term: 'ONNX Runtime Web',
    definition:
      'A library that runs neural networks stored in the ONNX format inside a web browser, with WebAssembly. The book uses it to run a trained ShuffleNetV2 on your device.',
    chapter: 'explorer',
  },
  {
    id: 'pointwise-group-conv',
    term: 'pointwise group convolution',
    definition:
      'A 1×1 convolution split into groups. ShuffleNet V1 uses it for both 1×1 layers of its unit to save FLOPs (all but the very first 1×1 layer of Stage 2, whose input is too narrow to group); ShuffleNetV2 drops it because of its memory access cost (G2).',
    chapter: 'v1-vs-v2',
    related: ['group-conv', 'channel-shuffle'],
  },
  {
    id: 'bottleneck',
    term: 'bottleneck',
    definition:
      'A block whose inner layers are narrower than its input and output — in ShuffleNet V1, one quarter of the output channels. The unequal widths work against G1; ShuffleNetV2’s branch keeps one width throughout.',
    chapter: 'v1-vs-v2',
    related: ['practical-guidelines'],
  },
  {
    id: 'average-pooling',
    term: 'average pooling',
    definition:
      'Replacing each window of a feature map by its mean. ShuffleNet V1’s stride-2 unit puts a 3×3 average pool with stride 2 on its shortcut; ShuffleNetV2 does not use it.',
    chapter: 'v1-vs-v2',
  },
  {
    id: 'residual-connection',
    term: 'residual connection',
    aliases: ['shortcut', 'skip connection'],
    definition:
      'A path that adds a block’s input to its output, y = x + F(x), as in ResNet and ShuffleNet V1’s stride-1 unit. The units of the standard ShuffleNetV2 networks (0.5× to 2×) have no such addition: the identity half is concatenated, not added. Only the paper’s very deep variants (over 100 layers) add a residual path to each unit, so that training converges faster.',
    chapter: 'misconceptions',
    related: ['concat', 'identity-branch', 'elementwise-op'],
  },
  {
    id: 'feature-reuse',
    term: 'feature reuse',
    definition:
      'Later layers reading earlier features directly. In ShuffleNetV2 half of a unit’s channels pass on unchanged, so features computed in one unit reach the next ones directly, a pattern the paper likens to DenseNet — with the share of a feature that survives halving at every unit.',
    chapter: 'basic-unit',
    related: ['identity-branch', 'channel-split'],
  },
  {
    id: 'latency',
    term: 'latency',
    definition:
      'The time one input takes to pass through the network on a given device — a direct metric, measured rather than counted.',
    chapter: 'benchmark-lab',
    related: ['direct-metric'],
  },
];

const byId = new Map(glossary.map((t) => [t.id, t]));

/** The term with this id; throws at build time for a typo, like <Cite> does. */
export function glossaryTerm(id: string): GlossaryTerm {
  const term = byId.get(id);
  if (!term) throw new Error(`Unknown glossary term "${id}". Add it to lib/glossary.ts.`);
  return term;
}

export function glossaryHref(id: string): string {
  return `/glossary/#${glossaryTerm(id).id}`;
}

/**
 * English a translated definition keeps in running text is written in full-width brackets,
 * "乘积累加（multiply-accumulate）"; the page marks it lang="en". Split a text with it: odd parts are English.
 */
// In a leaf module: the <Term> popover on every chapter needs it, and must not bundle the glossary itself.
export { KEPT_ENGLISH } from './keptEnglish';

/** What a <Term> opens in place: the term and its definition; on a translated page also the English term. */
export interface TermDefinition {
  term: string;
  definition: string;
  english?: string;
}

/**
 * A glossary entry in one edition's words. In Chinese: the Chinese term, aliases and definition, the
 * English term beside them, and the pinyin it is ordered by. `index` is the letter it is listed under.
 */
export interface LocalGlossaryTerm extends GlossaryTerm {
  english?: string;
  pinyin?: string;
  index: string;
}

export function localGlossaryTerm(id: string, locale: Locale = 'en'): LocalGlossaryTerm {
  const entry = glossaryTerm(id);
  if (locale === 'en') return { ...entry, index: entry.term[0].toUpperCase() };
  const zh = glossaryZh[id];
  if (!zh) throw new Error(`Glossary term "${id}" has no Chinese entry. Add it to lib/glossaryZh.ts.`);
  return {
    ...entry,
    term: zh.term,
    aliases: zh.aliases,
    definition: zh.definition,
    english: entry.term,
    pinyin: zh.pinyin,
    index: zh.pinyin[0].toUpperCase(),
  };
}

/** The popover text of a term in the page's language (what a page's props carry for its <Term>s). */
export function termDefinition(id: string, locale: Locale = 'en'): TermDefinition {
  const { term, definition, english } = localGlossaryTerm(id, locale);
  return english ? { term, definition, english } : { term, definition };
}

/**
 * The order of the glossary page. English: alphabetical, case- and accent-insensitive. Chinese: by
 * pinyin, the order of a Chinese book's term list, so a reader who knows the Chinese term finds it
 * under its first letter (the English term stands beside it). The pinyin is part of the data rather
 * than computed by Intl.Collator in the browser, so the page hydrates with the order it was built with.
 */
export function sortedGlossary(locale: Locale = 'en'): LocalGlossaryTerm[] {
  const entries = glossary.map((t) => localGlossaryTerm(t.id, locale));
  return locale === 'en'
    ? entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
    : entries.sort((a, b) => byCodePoint(a.pinyin ?? '', b.pinyin ?? ''));
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 1-based chapter number of a slug in the book's fixed order. */
export function chapterNumber(slug: ChapterSlug): number {
  return CHAPTER_SLUGS.indexOf(slug) + 1;
}
