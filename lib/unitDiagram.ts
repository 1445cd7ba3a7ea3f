/**
 * The one view model behind every unit diagram in the book: which ops a unit has, on which path
 * (input / left / right / merge), in the book's words (lib/opNames.ts), with the shape of every
 * tensor between them and the guidelines an op works against. The three sources of units — the
 * trained model's manifest, the V2 units of lib/units.ts and the V1 units of lib/v1.ts — each
 * have an adapter here, so one renderer draws them all and they cannot drift apart.
 *
 * Paths: "left" is the untouched half of a basic unit, the left branch of a down-sampling unit and
 * V1's shortcut; "right" is the convolution branch (V1's main branch). Framework-free.
 */
import { outSize } from './cost';
import type { Locale } from './i18n';
import type { ManifestOp, ManifestUnit } from './manifest';
import { opLabel, type OpWord } from './opNames';
import { unitDiagramMessages } from './unitDiagramMessages';
import { basicUnit, downUnit, formatShape, type Shape, type UnitSpec, type UnitType } from './units';
import { v1Unit, type V1Op, type V1Options, type V1UnitSpec } from './v1';

export type DiagramPath = 'input' | 'left' | 'right' | 'merge';
export type NodeKind = OpWord | 'input' | 'output';
export type Guideline = 'G1' | 'G2' | 'G3' | 'G4';

export interface OpCost {
  params: number;
  flops: number;
  mac: number;
}

/** A tensor between two ops, and what its channels are made of (for colouring its slab). */
export interface TensorView {
  shape: Shape;
  /** blocks of channels in order: one for a tensor on one path, two after a concat */
  parts: { path: DiagramPath; channels: number }[];
  /** after a channel shuffle the blocks' channels alternate instead of following each other */
  interleaved: boolean;
}

export interface DiagramNode {
  /** stable id: 'input', 'split', 'left.identity', 'right.dw', 'concat', 'shuffle', 'output', … */
  id: string;
  kind: NodeKind;
  path: DiagramPath;
  label: string;
  input: Shape;
  output: Shape;
  /** the input and output nodes are the tensor itself, drawn as a slab */
  tensor?: TensorView;
  /** guidelines of the V2 paper this op works against (V1's ops) */
  badges: Guideline[];
  cost?: OpCost;
}

export interface DiagramEdge {
  from: string;
  to: string;
  path: DiagramPath;
  /** the tensor carried, drawn as a slab on the edge; null where a node already draws it */
  tensor: TensorView | null;
}

export interface UnitDiagramModel {
  title: string;
  /** the language of every word in it (labels, names, its text alternative) */
  locale: Locale;
  /** what the two columns are called, written beside their first tensor */
  pathNames: { left: string; right: string };
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  input: Shape;
  output: Shape;
  /** false: the shapes are a stand-in for sizes the reader got wrong; show structure, not numbers */
  valid: boolean;
  totals?: OpCost;
}

interface RawOp {
  id: string;
  kind: OpWord;
  path: DiagramPath;
  label: string;
  input: Shape;
  output: Shape;
  badges?: Guideline[];
  cost?: OpCost;
}

const plain = (shape: Shape, path: DiagramPath): TensorView => ({
  shape,
  parts: [{ path, channels: shape.c }],
  interleaved: false,
});

/** Nodes and edges from an op list in order (input ops, left, right, merge), shared by all adapters. */
function assemble(
  locale: Locale,
  title: string,
  pathNames: UnitDiagramModel['pathNames'],
  input: Shape,
  output: Shape,
  ops: RawOp[],
  valid: boolean,
  totals?: OpCost,
): UnitDiagramModel {
  const on = (path: DiagramPath) => ops.filter((o) => o.path === path);
  const node = (o: RawOp): DiagramNode => ({ ...o, badges: o.badges ?? [] });
  const nodes: DiagramNode[] = [
    {
      id: 'input',
      kind: 'input',
      path: 'input',
      label: unitDiagramMessages[locale].input,
      input,
      output: input,
      tensor: plain(input, 'input'),
      badges: [],
    },
  ];
  const edges: DiagramEdge[] = [];
  let fork = 'input';
  for (const op of on('input')) {
    nodes.push(node(op));
    edges.push({ from: fork, to: op.id, path: 'input', tensor: null });
    fork = op.id;
  }
  const merge = on('merge');
  const join = merge[0]?.id ?? 'output';
  const ends: TensorView[] = [];
  for (const path of ['left', 'right'] as const) {
    let from = fork;
    // Leaving a split the tensor is one half (drawn on the edge); leaving the input node it is that node.
    let carried: TensorView | null = null;
    for (const op of on(path)) {
      if (from !== 'input') carried = plain(op.input, path);
      nodes.push(node(op));
      edges.push({ from, to: op.id, path, tensor: carried });
      from = op.id;
      carried = plain(op.output, path);
    }
    ends.push(carried ?? plain(input, path));
    edges.push({ from, to: join, path, tensor: carried });
  }
  let current: TensorView = { shape: ends[0].shape, parts: [...ends[0].parts, ...ends[1].parts], interleaved: false };
  merge.forEach((op, i) => {
    nodes.push(node(op));
    if (i > 0) edges.push({ from: merge[i - 1].id, to: op.id, path: 'merge', tensor: current });
    if (op.kind === 'concat')
      current = { shape: op.output, parts: [...ends[0].parts, ...ends[1].parts], interleaved: false };
    else if (op.kind === 'add') current = plain(op.output, 'merge');
    else if (op.kind === 'shuffle') current = { ...current, shape: op.output, interleaved: true };
  });
  nodes.push({
    id: 'output',
    kind: 'output',
    path: 'merge',
    label: unitDiagramMessages[locale].output,
    input: output,
    output,
    tensor: { ...current, shape: output },
    badges: [],
  });
  if (merge.length) edges.push({ from: merge[merge.length - 1].id, to: 'output', path: 'merge', tensor: null });
  return { title, locale, pathNames, nodes, edges, input, output, valid, totals };
}

const unitTitle = (type: UnitType, locale: Locale) =>
  type === 'basic' ? unitDiagramMessages[locale].basicTitle : unitDiagramMessages[locale].downTitle;
function v2Paths(type: UnitType, locale: Locale): UnitDiagramModel['pathNames'] {
  const t = unitDiagramMessages[locale];
  return type === 'basic' ? { left: t.basicLeft, right: t.basicRight } : { left: t.downLeft, right: t.downRight };
}

export interface DiagramOptions {
  title?: string;
  /** the language of the diagram's words; default English */
  locale?: Locale;
}

/** A V2 unit of lib/units.ts, with every op's cost. `valid: false` for a stand-in (see placeholderDiagram). */
export function fromUnitSpec(
  spec: UnitSpec,
  { locale = 'en', title = unitTitle(spec.type, locale), valid = true }: DiagramOptions & { valid?: boolean } = {},
): UnitDiagramModel {
  const ops = spec.ops.map((op): RawOp => ({
    id: op.id,
    kind: op.kind,
    path: op.path,
    label: locale === 'en' ? op.label : opLabel(op, locale),
    input: op.input,
    output: op.output,
    cost: { params: op.params, flops: op.flops, mac: op.mac },
  }));
  return assemble(locale, title, v2Paths(spec.type, locale), spec.input, spec.output, ops, valid, spec.totals);
}

/** The structure of a unit type on stand-in sizes, for when the reader's sizes describe no unit. */
export function placeholderDiagram(type: UnitType, title?: string, locale: Locale = 'en'): UnitDiagramModel {
  const spec = type === 'basic' ? basicUnit(8, 8, 8) : downUnit(8, 16, 8, 8);
  return fromUnitSpec(spec, { title, locale, valid: false });
}

/** Which of the V2 paper's guidelines a V1 op works against. */
export function v1Badges(op: V1Op): Guideline[] {
  const g: Guideline[] = [];
  if (op.kind === 'gconv1x1' && op.input.c !== op.output.c) g.push('G1');
  if (op.kind === 'gconv1x1' && op.groups > 1) g.push('G2');
  if (op.kind === 'add') g.push('G4');
  return g;
}

const V1_PATH = { shortcut: 'left', main: 'right', merge: 'merge' } as const;

/** A ShuffleNet V1 unit of lib/v1.ts: shortcut on the left, main branch on the right, badges on its ops. */
export function fromV1Spec(
  spec: V1UnitSpec,
  { locale = 'en', title = unitDiagramMessages[locale].v1Title(spec.stride, spec.groups) }: DiagramOptions = {},
): UnitDiagramModel {
  const t = unitDiagramMessages[locale];
  const ops = spec.ops.map((op): RawOp => ({
    id: op.id,
    kind: op.kind,
    path: V1_PATH[op.path],
    label: locale === 'en' ? op.label : opLabel(op, locale),
    input: op.input,
    output: op.output,
    badges: v1Badges(op),
    cost: { params: op.params, flops: op.flops, mac: op.mac },
  }));
  const paths = { left: t.v1Left, right: t.v1Right };
  return assemble(locale, title, paths, spec.input, spec.output, ops, true, spec.totals);
}

/**
 * The structure of a V1 unit on stand-in sizes, for settings that build no unit. 96 channels at
 * 8×8: every group count of the book and every bottleneck ratio divides them.
 */
export function placeholderV1Diagram(
  o: Pick<V1Options, 'groups' | 'stride' | 'bottleneckRatio'>,
  title?: string,
  locale: Locale = 'en',
): UnitDiagramModel {
  const spec = v1Unit({ c: 96, h: 8, w: 8, ...o });
  return { ...fromV1Spec(spec, title === undefined ? { locale } : { title, locale }), valid: false };
}

const SHORT_ID: Partial<Record<ManifestOp['op'], string>> = { conv1x1: 'conv', dwconv3x3: 'dw', identity: 'identity' };

/** The diagram id of op i of a branch: 'right.conv1', 'right.dw', 'right.conv2', 'left.dw', 'left.conv', 'left.identity'. */
function branchOpId(ops: readonly ManifestOp[], i: number, path: 'left' | 'right'): string {
  const baseOf = (o: ManifestOp) => SHORT_ID[o.op] ?? o.op;
  const base = baseOf(ops[i]);
  const repeated = ops.filter((o) => baseOf(o) === base).length > 1;
  const nth = ops.slice(0, i + 1).filter((o) => baseOf(o) === base).length;
  return `${path}.${base}${repeated ? nth : ''}`;
}

/**
 * Which diagram node (fromManifestUnit) makes each of a unit's output tensors, by tensor name, so
 * a view of a tensor can light its op and an op can light its maps. A basic unit's two halves are
 * made by its split; its untouched half's identity op passes that tensor on.
 */
export function manifestTensorNodes(unit: ManifestUnit): Record<string, string> {
  const nodes: Record<string, string> = {};
  for (const path of ['left', 'right'] as const) {
    unit[path].forEach((op, i) => {
      if (op.output) nodes[op.output] = op.op === 'identity' ? 'split' : branchOpId(unit[path], i, path);
    });
  }
  if (unit.before.some((op) => op.op === 'split')) nodes[`${unit.name}.right.split`] = 'split';
  for (const op of unit.after) if (op.output) nodes[op.output] = op.op;
  return nodes;
}

/** A unit of the trained model, from its manifest entry; ids match lib/units.ts ('right.dw', …). */
export function fromManifestUnit(unit: ManifestUnit, { title, locale = 'en' }: DiagramOptions = {}): UnitDiagramModel {
  const [h, w] = unit.inSize;
  const [oh, ow] = unit.outSize;
  const input = { c: unit.inChannels, h, w };
  const raw: RawOp[] = [];
  const describe = (op: ManifestOp) =>
    opLabel(
      { kind: op.op, stride: op.stride, groups: op.op === 'shuffle' ? op.groups : 1, bn: op.bn, relu: op.relu },
      locale,
    );
  const split = unit.before.find((op) => op.op === 'split');
  for (const op of unit.before)
    raw.push({ id: op.op, kind: op.op, path: 'input', label: describe(op), input, output: input });
  const halves = {
    left: split ? split.outChannels : unit.inChannels,
    right: split ? unit.inChannels - split.outChannels : unit.inChannels,
  };
  for (const path of ['left', 'right'] as const) {
    const ops = unit[path];
    let shape: Shape = { c: halves[path], h, w };
    ops.forEach((op, i) => {
      const stride = op.stride ?? 1;
      const output = { c: op.outChannels, h: outSize(shape.h, stride), w: outSize(shape.w, stride) };
      raw.push({ id: branchOpId(ops, i, path), kind: op.op, path, label: describe(op), input: shape, output });
      shape = output;
    });
  }
  for (const op of unit.after) {
    raw.push({
      id: op.op,
      kind: op.op,
      path: 'merge',
      label: describe(op),
      input: { c: op.inChannels, h: oh, w: ow },
      output: { c: op.outChannels, h: oh, w: ow },
    });
  }
  const name = title ?? unitDiagramMessages[locale].manifestTitle(unit.type === 'down', unit.stage, unit.unit);
  return assemble(locale, name, v2Paths(unit.type, locale), input, { c: unit.outChannels, h: oh, w: ow }, raw, true);
}

function symbol(value: number, whole: number, name: string): string {
  if (value === whole) return name;
  const r = value / whole;
  if (Number.isInteger(r)) return `${r}${name}`;
  if (Number.isInteger(1 / r)) return `${name}/${1 / r}`;
  return `${+r.toFixed(2)}${name}`;
}

/** A tensor's shape as the diagram labels it: "58×28×28", or "C/2×H×W" when the sizes are a stand-in. */
export function shapeText(model: UnitDiagramModel, shape: Shape): string {
  if (model.valid) return formatShape(shape);
  const { input } = model;
  return `${symbol(shape.c, input.c, 'C')}×${symbol(shape.h, input.h, 'H')}×${symbol(shape.w, input.w, 'W')}`;
}

/** A guideline list in words: "G1 and G2". */
export function guidelineList(badges: readonly Guideline[], locale: Locale = 'en'): string {
  const t = unitDiagramMessages[locale];
  return badges.length < 2
    ? badges.join('')
    : t.and(badges.slice(0, -1).join(t.listSeparator), badges[badges.length - 1]);
}

/** The diagram as one sentence per part, for its text alternative. */
export function describeDiagram(model: UnitDiagramModel): string {
  const t = unitDiagramMessages[model.locale];
  const part = (n: DiagramNode) =>
    t.part(
      n.label,
      shapeText(model, n.output),
      n.badges.length ? t.worksAgainst(guidelineList(n.badges, model.locale)) : '',
    );
  const on = (path: DiagramPath) =>
    model.nodes.filter((n) => n.path === path && n.kind !== 'input' && n.kind !== 'output');
  const list = (nodes: DiagramNode[]) => nodes.map(part).join(t.then);
  const sentences = [
    t.describeInput(model.title, shapeText(model, model.input)),
    ...on('input').map(part),
    t.leftPath(list(on('left'))),
    t.rightPath(list(on('right'))),
    t.merge(list(on('merge'))),
    t.describeOutput(shapeText(model, model.output)),
  ];
  return `${sentences.join(t.sentenceSeparator)}${t.sentenceEnd}`;
}

/** Targets a highlight can name: a whole path, or one node by id. */
export type HighlightTarget = DiagramPath | string;

/** Whether a node is lit by a highlight (everything is lit when nothing is highlighted). */
export function nodeLit(node: DiagramNode, highlight: readonly HighlightTarget[]): boolean {
  return highlight.length === 0 || highlight.includes(node.id) || highlight.includes(node.path);
}

/** An edge is lit with its path, or with the node it leads into (a lit concat lights both inputs). */
export function edgeLit(edge: DiagramEdge, highlight: readonly HighlightTarget[]): boolean {
  return highlight.length === 0 || highlight.includes(edge.path) || highlight.includes(edge.to);
}
