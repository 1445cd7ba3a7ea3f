import type { Shape, UnitSpec, UnitOp } from '../../lib/units';
import type { V1Op, V1UnitSpec } from '../../lib/v1';
import type { DiagramNode, DiagramSpec } from './UnitDiagram';

const dims = (s: Shape) => `${s.c} × ${s.h} × ${s.w}`;
const norm = (op: { bn: boolean; relu: boolean }) => [op.bn ? 'BN' : '', op.relu ? 'ReLU' : ''].filter(Boolean).join(', ');
const widths = (op: { input: Shape; output: Shape }) => `${op.input.c} → ${op.output.c}`;

/** Which of the V2 paper's guidelines a V1 op works against (shown as a badge). */
export function v1Against(op: V1Op): string[] {
  const g: string[] = [];
  if (op.kind === 'gconv1x1' && op.input.c !== op.output.c) g.push('G1');
  if (op.kind === 'gconv1x1' && op.groups > 1) g.push('G2');
  if (op.kind === 'add') g.push('G4');
  return g;
}

function v1Node(op: V1Op): DiagramNode {
  const tone = op.path === 'shortcut' ? 'identity' : op.path === 'main' ? 'branch' : 'merge';
  const base = { id: op.id, tone, against: v1Against(op) } as const;
  switch (op.kind) {
    case 'gconv1x1':
      return { ...base, label: op.groups > 1 ? `1×1 GConv (g = ${op.groups})` : '1×1 conv (not grouped)', detail: `${norm(op)} · ${widths(op)}` };
    case 'shuffle':
      return { ...base, label: 'Channel shuffle', detail: `g = ${op.groups} · ${op.output.c} channels` };
    case 'dwconv3x3':
      return { ...base, label: `3×3 DWConv${op.stride > 1 ? `, stride ${op.stride}` : ''}`, detail: `${norm(op)} (no ReLU) · ${op.output.c} ch` };
    case 'avgpool':
      return { ...base, label: '3×3 AvgPool, stride 2', detail: dims(op.output) };
    case 'add':
      return { ...base, label: 'Add, then ReLU', detail: dims(op.output) };
    case 'concat':
      return { ...base, label: 'Concat, then ReLU', detail: dims(op.output) };
    default:
      return { ...base, label: op.label, detail: dims(op.output) };
  }
}

export function v1Diagram(u: V1UnitSpec): DiagramSpec {
  const nodes = u.ops.filter((o) => o.kind !== 'identity');
  return {
    title: `ShuffleNet V1 unit, stride ${u.stride}, g = ${u.groups}`,
    input: { id: 'input', label: 'Input', detail: dims(u.input), tone: 'input' },
    left: nodes.filter((o) => o.path === 'shortcut').map(v1Node),
    leftEmptyLabel: 'identity shortcut',
    right: nodes.filter((o) => o.path === 'main').map(v1Node),
    merge: nodes.filter((o) => o.path === 'merge').map(v1Node),
    output: { id: 'output', label: 'Output', detail: dims(u.output), tone: 'input' },
  };
}

function v2Node(op: UnitOp): DiagramNode {
  const tone = op.path === 'left' ? 'identity' : op.path === 'right' ? 'branch' : 'merge';
  const base = { id: op.id, tone } as const;
  switch (op.kind) {
    case 'conv1x1':
      return { ...base, label: '1×1 conv', detail: `${norm(op)} · ${widths(op)}` };
    case 'dwconv3x3':
      return { ...base, label: `3×3 DWConv${op.stride > 1 ? `, stride ${op.stride}` : ''}`, detail: `${norm(op)} (no ReLU) · ${op.output.c} ch` };
    case 'split':
      return { ...base, tone: 'input', label: 'Channel split', detail: op.label.replace('channel split ', '') };
    case 'concat':
      return { ...base, label: 'Concat', detail: dims(op.output) };
    case 'shuffle':
      return { ...base, label: 'Channel shuffle', detail: `g = 2 · ${op.output.c} channels` };
    default:
      return { ...base, label: op.label, detail: dims(op.output) };
  }
}

export function v2Diagram(u: UnitSpec): DiagramSpec {
  const split = u.ops.find((o) => o.kind === 'split');
  return {
    title: `ShuffleNetV2 ${u.type === 'basic' ? 'basic unit' : 'down-sampling unit'}`,
    input: { id: 'input', label: 'Input', detail: dims(u.input), tone: 'input' },
    split: split ? v2Node(split) : undefined,
    left: u.ops.filter((o) => o.path === 'left' && o.kind !== 'identity').map(v2Node),
    leftEmptyLabel: 'untouched half',
    right: u.ops.filter((o) => o.path === 'right').map(v2Node),
    merge: u.ops.filter((o) => o.path === 'merge').map(v2Node),
    output: { id: 'output', label: 'Output', detail: dims(u.output), tone: 'input' },
  };
}
