/**
 * Where everything of a unit diagram goes, as plain numbers (React only draws the result).
 *
 * Top to bottom: the input tensor, the ops before the fork (the split), two columns (left path,
 * right path) in which ops alternate with the tensors between them, the merge ops, the output
 * tensor. Ops are labelled boxes; tensors are slabs: a stack of C maps seen from slightly above,
 * whose thickness is proportional to C and whose face is proportional to H×W — so a slab's
 * volume is proportional to the tensor's number of elements, within one diagram.
 */
import { scaleLinear } from '../../lib/scales';
import { labelLines } from '../../lib/opNames';
import { textUnits } from '../../lib/textWidth';
import type { DiagramEdge, DiagramNode, TensorView, UnitDiagramModel } from '../../lib/unitDiagram';

export const WIDTH = 368;
const COLUMN_X = { left: 104, right: 264, center: 184 } as const;
const BOX_MAX = { column: 156, center: 216 };
const CHAR_W = 6.0; // average advance of the 12px UI font, for deciding where to wrap (a CJK glyph: two)
const CHAR_W_BOX = 6.3; // a little wider for the box, so wide fonts keep their margin
const LINE_H = 14;
const BOX_PAD = 8;
const GAP = 11; // arrow between a box and a slab
const BEND = 24; // room for an arrow to curve between the centre and a column
const CAPTION_H = 20;
const SIDE = { min: 16, max: 54 };
const THICK = { min: 3, max: 22 };
const DEPTH_RATIO = 0.42; // the slab's receding face, as a fraction of its front width
const SKEW = 0.9; // horizontal shift of the receding face per unit of depth

export interface SlabGeometry {
  /** left end of the front face's top edge */
  x: number;
  y: number;
  side: number;
  depth: number;
  skew: number;
  thick: number;
  tensor: TensorView;
}

export interface PlacedNode {
  node: DiagramNode;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
  /** input and output: the node is its tensor */
  slab: SlabGeometry | null;
}

export interface PlacedEdge {
  edge: DiagramEdge;
  d: string;
  /** tip of the arrowhead, at the top of the box it enters */
  tip: { x: number; y: number };
  slab: SlabGeometry | null;
  /** which side of the slab its shape label goes: outwards, away from the other column */
  labelSide: 'left' | 'right';
}

/** A path's name, written across its line at the top of its column. */
export interface PathCaption {
  path: 'left' | 'right';
  text: string;
  x: number;
  y: number;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  captions: PathCaption[];
}

type Column = 'left' | 'right' | 'center';
const columnOf = (node: DiagramNode): Column => (node.path === 'left' || node.path === 'right' ? node.path : 'center');

export interface SlabLimits {
  side: { min: number; max: number };
  thick: { min: number; max: number };
}

/**
 * Slab sizes for tensors of at most `maxDim` rows/columns and `maxC` channels: the front face's
 * width ∝ W and the receding face ∝ H (so its area ∝ H×W), the thickness ∝ C, each clamped so the
 * smallest stays visible. The unit diagram and the explorer's whole-network overview share it.
 */
export function slabSizer(maxDim: number, maxC: number, limits: SlabLimits = { side: SIDE, thick: THICK }) {
  const side = scaleLinear([0, maxDim], [0, limits.side.max]);
  const thick = scaleLinear([0, maxC], [0, limits.thick.max]);
  return (tensor: TensorView) => {
    const w = Math.max(limits.side.min, side(tensor.shape.w));
    const depth = Math.max(limits.side.min, side(tensor.shape.h)) * DEPTH_RATIO;
    return { side: w, depth, skew: depth * SKEW, thick: Math.max(limits.thick.min, thick(tensor.shape.c)) };
  };
}

/** Slab sizes from the diagram's own largest tensor, clamped so the smallest stays legible. */
function slabScales(model: UnitDiagramModel) {
  const shapes = model.nodes.flatMap((n) => [n.input, n.output]);
  return slabSizer(Math.max(...shapes.flatMap((s) => [s.h, s.w])), Math.max(...shapes.map((s) => s.c)));
}

/** The "✗ G1 G2" pill an op carries at the end of its last line. */
export function badgeText(badges: readonly string[]): string {
  return `✗ ${badges.join(' ')}`;
}
export const badgeWidth = (badges: readonly string[]) => badgeText(badges).length * 6 + 10;
export const BADGE_GAP = 6;

export function layoutDiagram(model: UnitDiagramModel, { badges = true } = {}): DiagramLayout {
  const size = slabScales(model);
  const byId = new Map<string, PlacedNode>();
  const slabAt = (tensor: TensorView, cx: number, top: number): SlabGeometry => {
    const s = size(tensor);
    return { ...s, x: cx - (s.side + s.skew) / 2, y: top + s.depth, tensor };
  };
  const slabHeight = (t: TensorView) => size(t).depth + size(t).thick;
  const box = (node: DiagramNode, y: number): PlacedNode => {
    const column = columnOf(node);
    const max = column === 'center' ? BOX_MAX.center : BOX_MAX.column;
    const lines = labelLines(node.label, Math.floor((max - 2 * BOX_PAD) / CHAR_W));
    const pill = badges && node.badges.length ? badgeWidth(node.badges) + BADGE_GAP : 0;
    if (pill && textUnits(lines[lines.length - 1]) * CHAR_W + pill > max - 2 * BOX_PAD) lines.push('');
    const widest = Math.max(
      ...lines.map((l) => textUnits(l) * CHAR_W_BOX),
      textUnits(lines[lines.length - 1]) * CHAR_W_BOX + pill,
    );
    const w = Math.min(max, widest + 2 * BOX_PAD);
    return { node, x: COLUMN_X[column], y, w, h: lines.length * LINE_H + 10, lines, slab: null };
  };
  const place = (p: PlacedNode) => {
    byId.set(p.node.id, p);
    return p;
  };
  const tensorNode = (node: DiagramNode, y: number) => {
    const slab = slabAt(node.tensor!, COLUMN_X.center, y);
    return place({
      node,
      x: COLUMN_X.center,
      y,
      w: slab.side + slab.skew,
      h: slab.depth + slab.thick,
      lines: [],
      slab,
    });
  };

  const edgeSlabs = new Map<DiagramEdge, SlabGeometry>();
  const nodes = model.nodes;
  const of = (path: string) => nodes.filter((n) => n.path === path && n.kind !== 'input' && n.kind !== 'output');
  let y = 4;
  y += tensorNode(nodes[0], y).h;
  for (const n of of('input')) y += GAP + place(box(n, y + GAP)).h;

  // Columns: rows of ops with a band for tensors after each row (and one before, after a split).
  const columns = { left: of('left'), right: of('right') };
  const rows = Math.max(columns.left.length, columns.right.length, 1);
  const rowOf = (ops: DiagramNode[], i: number) =>
    ops.length === 1 ? Math.floor((rows - 1) / 2) : Math.min(i, rows - 1);
  const edgeInto = (id: string, from?: string) =>
    model.edges.find((e) => e.to === id && (from === undefined || e.from === from))!;
  const edgeOutOf = (id: string) => model.edges.find((e) => e.from === id)!;
  const bandSlabs = (band: { edge: DiagramEdge; x: number }[], top: number) => {
    for (const { edge, x } of band) edgeSlabs.set(edge, slabAt(edge.tensor!, x, top));
    return Math.max(0, ...band.map(({ edge }) => slabHeight(edge.tensor!)));
  };
  y += BEND;
  const captions = (['left', 'right'] as const).map((path) => ({
    path,
    text: model.pathNames[path],
    x: COLUMN_X[path],
    y: y + CAPTION_H - 5,
  }));
  y += CAPTION_H;
  const firstBand = (['left', 'right'] as const)
    .map((c) => ({ edge: edgeInto(columns[c][0]?.id ?? ''), x: COLUMN_X[c] }))
    .filter((b) => b.edge?.tensor);
  if (firstBand.length) y += bandSlabs(firstBand, y) + GAP;
  for (let r = 0; r < rows; r++) {
    const here = (['left', 'right'] as const).flatMap((c) => columns[c].filter((_, i) => rowOf(columns[c], i) === r));
    const placed = here.map((n) => place(box(n, y)));
    y += Math.max(0, ...placed.map((p) => p.h));
    // The tensor after an op sits in the band below it; a column's last tensor in the last band.
    const band = (['left', 'right'] as const).flatMap((c) =>
      columns[c].flatMap((n, i) => {
        const last = i === columns[c].length - 1;
        const bandRow = last ? rows - 1 : rowOf(columns[c], i);
        const edge = edgeOutOf(n.id);
        return bandRow === r && edge.tensor ? [{ edge, x: COLUMN_X[c] }] : [];
      }),
    );
    if (band.length) y += GAP + bandSlabs(band, y + GAP);
    y += r < rows - 1 ? GAP : 0;
  }
  y += BEND;
  const merge = of('merge');
  merge.forEach((n, i) => {
    const p = place(box(n, y));
    y += p.h;
    const out = edgeOutOf(n.id);
    if (i < merge.length - 1 && out.tensor) y += GAP + bandSlabs([{ edge: out, x: COLUMN_X.center }], y + GAP);
    y += GAP;
  });
  const output = tensorNode(nodes[nodes.length - 1], y + (merge.length ? 0 : BEND));
  y = output.y + output.h;

  const edges = model.edges.map((edge): PlacedEdge =>
    route(edge, byId.get(edge.from)!, byId.get(edge.to)!, edgeSlabs.get(edge) ?? null),
  );
  return { width: WIDTH, height: Math.ceil(y + 6), nodes: nodes.map((n) => byId.get(n.id)!), edges, captions };
}

/** Straight down within a column; a smooth bend where it leaves or joins the centre. */
function route(edge: DiagramEdge, from: PlacedNode, to: PlacedNode, slab: SlabGeometry | null): PlacedEdge {
  const y1 = from.y + from.h;
  const y2 = to.y;
  const labelSide = from.x < COLUMN_X.center || to.x < COLUMN_X.center ? 'left' : 'right';
  const tip = { x: to.x, y: y2 };
  if (from.x === to.x) return { edge, d: `M${from.x},${y1} V${y2}`, tip, slab, labelSide };
  // Forking: bend right below the source; joining: bend right above the target.
  const forking = from.x === COLUMN_X.center;
  const [b0, b1] = forking ? [y1 + 2, y1 + BEND - 2] : [y2 - BEND + 2, y2 - 2];
  const mid = (b0 + b1) / 2;
  const d = `M${from.x},${y1} V${b0} C${from.x},${mid} ${to.x},${mid} ${to.x},${b1} V${y2}`;
  return { edge, d, tip, slab, labelSide };
}
