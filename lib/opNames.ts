/**
 * The book's one vocabulary for the operations inside a unit. Every place that names an op — the
 * unit diagram's boxes, its text alternative, the op-details panel, cost tables, the explorer —
 * takes the words from here, so "3×3 depthwise conv · BN" reads the same on every page.
 *
 * Conventions: what follows a convolution as part of it (BN, ReLU) is joined with " · "; a ReLU
 * applied after a merge is written ", then ReLU", because it runs on the merged tensor.
 */
import type { Locale } from './i18n';
import { opNameMessages } from './stepsMessages';
import { textUnits } from './textWidth';

/** Every op kind the book draws: ShuffleNetV2's own, plus those only ShuffleNet V1 has. */
export type OpWord =
  'split' | 'identity' | 'conv1x1' | 'gconv1x1' | 'dwconv3x3' | 'avgpool' | 'concat' | 'add' | 'shuffle';

export interface OpDescription {
  kind: OpWord;
  stride?: number;
  /** groups of a pointwise group conv, or of a shuffle; ignored for depthwise convs */
  groups?: number;
  bn?: boolean;
  relu?: boolean;
}

/** The op itself, without what follows it: "3×3 depthwise conv, stride 2", "1×1 group conv (g = 3)". */
export function opName({ kind, stride = 1, groups = 1 }: OpDescription, locale: Locale = 'en'): string {
  const t = opNameMessages[locale];
  switch (kind) {
    case 'split':
      return t.split;
    case 'identity':
      return t.identity;
    case 'conv1x1':
      return t.conv1x1;
    case 'gconv1x1':
      return groups > 1 ? t.groupConv(groups) : t.conv1x1;
    case 'dwconv3x3':
      return t.dwconv(stride);
    case 'avgpool':
      return t.avgpool(stride);
    case 'concat':
      return t.concat;
    case 'add':
      return t.add;
    case 'shuffle':
      return t.shuffle(groups > 1 ? groups : 2);
  }
}

/** The op with what follows it: "1×1 conv · BN · ReLU", "3×3 depthwise conv · BN", "Add, then ReLU". */
export function opLabel(op: OpDescription, locale: Locale = 'en'): string {
  const name = opName(op, locale);
  if (op.kind === 'add' || op.kind === 'concat') return op.relu ? opNameMessages[locale].thenRelu(name) : name;
  return `${name}${op.bn ? ' · BN' : ''}${op.relu ? ' · ReLU' : ''}`;
}

/**
 * A label broken into lines for a narrow box: only at its joints (" · ", ", "), never inside an
 * op's name, packing as much as fits on each line. "3×3 depthwise conv, stride 2 · BN" becomes
 * "3×3 depthwise conv," / "stride 2 · BN".
 */
export function labelLines(label: string, maxChars: number): string[] {
  // Chinese labels join with a full-width comma; a CJK character counts as two narrow ones.
  const [first, ...rest] = label.split(/(, | · |，)/);
  const lines = [first];
  for (let i = 0; i < rest.length; i += 2) {
    const [joint, word] = [rest[i], rest[i + 1]];
    const last = lines.length - 1;
    if (textUnits(`${lines[last]}${joint}${word}`) <= maxChars) lines[last] += `${joint}${word}`;
    else {
      if (joint !== ' · ') lines[last] += joint.trim();
      lines.push(word);
    }
  }
  return lines;
}
