import { colors } from '../../lib/palette';
import type { DiagramNode, DiagramPath } from '../../lib/unitDiagram';

/** Left = the untouched half / left branch, right = the convolution branch; the rest neutral. */
export function pathColor(path: DiagramPath): string {
  if (path === 'left') return colors.identity;
  if (path === 'right') return colors.branch;
  return colors.input;
}

/** An op box's colour: its path's, except the shuffle, which has one colour in every figure. */
export function nodeColor(node: Pick<DiagramNode, 'kind' | 'path'>): string {
  return node.kind === 'shuffle' ? colors.shuffle : pathColor(node.path);
}

/** Arrows: coloured by their path; the input and merge parts are drawn in the neutral text colour. */
export function edgeColor(path: DiagramPath): string {
  return path === 'left' || path === 'right' ? pathColor(path) : 'var(--fg-soft)';
}
