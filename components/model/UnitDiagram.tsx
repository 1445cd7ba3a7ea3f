import { useId } from 'react';
import type { Op, UnitSpec } from '../../lib/manifest';
import { colors } from '../../lib/palette';
import { describeUnitOps, opLabel } from '../../lib/steps';

/** Parts of a unit a view can point at; the diagram highlights them and dims the rest. */
export type UnitPart = 'input' | 'left' | 'right' | 'concat' | 'shuffle';

interface UnitDiagramProps {
  unit: UnitSpec;
  /** the parts to highlight (the path the reader is looking at); empty or absent: all equal */
  highlight?: readonly UnitPart[];
  width?: number;
}

const BOX_H = 34;
const ROW = 50;

interface Box {
  part: UnitPart;
  x: number;
  y: number;
  w: number;
  text: string;
  color: string;
  dashed?: boolean;
}

/**
 * A unit drawn from its manifest entry (never a picture): the input, the split (basic unit) or the
 * fork (down-sampling unit), the ops of each branch in order, the concat and the shuffle. Channel
 * counts label the edges.
 */
export function UnitDiagram({ unit, highlight = [], width = 380 }: UnitDiagramProps) {
  const arrow = `arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const cx = width / 2;
  const colW = width / 2 - 14;
  const lx = 8, rx = width / 2 + 6;
  const boxes: Box[] = [];
  const edges: { from: Box; to: Box; label?: string; part: UnitPart }[] = [];
  const [h, w] = unit.inSize;
  const [oh, ow] = unit.outSize;

  let y = 6;
  const input: Box = { part: 'input', x: cx - 90, y, w: 180, text: `input ${unit.inChannels}×${h}×${w}`, color: colors.input };
  boxes.push(input);
  let fork = input;
  for (const op of unit.before) {
    y += ROW;
    const b: Box = { part: 'input', x: cx - 100, y, w: 200, text: opLabel(op), color: colors.input };
    boxes.push(b);
    edges.push({ from: fork, to: b, part: 'input' });
    fork = b;
  }
  const top = y + ROW;
  const column = (ops: Op[], x: number, part: 'left' | 'right', color: string) => {
    let prev = fork;
    ops.forEach((op, i) => {
      const b: Box = { part, x, y: top + i * ROW, w: colW, text: opLabel(op), color, dashed: op.op === 'identity' };
      boxes.push(b);
      edges.push({ from: prev, to: b, part, label: String(op.inChannels) });
      prev = b;
    });
    return prev;
  };
  const leftEnd = column(unit.left, lx, 'left', colors.identity);
  const rightEnd = column(unit.right, rx, 'right', colors.branch);
  y = top + Math.max(unit.left.length, unit.right.length) * ROW;
  let prev: Box | null = null;
  for (const op of unit.after) {
    const part: UnitPart = op.op === 'shuffle' ? 'shuffle' : 'concat';
    const b: Box = { part, x: cx - 90, y, w: 180, text: opLabel(op), color: op.op === 'shuffle' ? colors.highlight : colors.muted };
    boxes.push(b);
    if (prev) edges.push({ from: prev, to: b, part });
    else {
      edges.push({ from: leftEnd, to: b, part: 'concat', label: String(unit.left[unit.left.length - 1]?.outChannels ?? '') });
      edges.push({ from: rightEnd, to: b, part: 'concat', label: String(unit.right[unit.right.length - 1]?.outChannels ?? '') });
    }
    prev = b;
    y += ROW;
  }
  const output: Box = { part: 'shuffle', x: cx - 90, y, w: 180, text: `output ${unit.outChannels}×${oh}×${ow}`, color: colors.input };
  boxes.push(output);
  if (prev) edges.push({ from: prev, to: output, part: 'shuffle', label: String(unit.outChannels) });
  const height = y + BOX_H + 6;

  const lit = (part: UnitPart) => highlight.length === 0 || highlight.includes(part);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} role="img" aria-label={describeUnitOps(unit)} style={{ maxWidth: '100%', display: 'block' }} data-unit={unit.name}>
      <defs>
        <marker id={arrow} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" fill="var(--fg-soft)" />
        </marker>
      </defs>
      {edges.map(({ from, to, label, part }, i) => {
        const x1 = from.x + from.w / 2, y1 = from.y + BOX_H;
        const x2 = to.x + to.w / 2, y2 = to.y;
        return (
          <g key={i} opacity={lit(part) ? 1 : 0.3}>
            <path d={`M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2 - 1}`} fill="none" stroke="var(--fg-soft)" strokeWidth={lit(part) && highlight.length ? 2 : 1.2} markerEnd={`url(#${arrow})`} />
            {label && <text x={(x1 + x2) / 2 + 5} y={(y1 + y2) / 2 + 4} className="svg-text-soft">{label}</text>}
          </g>
        );
      })}
      {boxes.map((b, i) => (
        <g key={i} opacity={lit(b.part) ? 1 : 0.3} data-part={b.part}>
          <rect x={b.x} y={b.y} width={b.w} height={BOX_H} rx={5} fill="var(--bg-cell)" stroke={b.color} strokeWidth={lit(b.part) && highlight.length ? 3 : 1.8} strokeDasharray={b.dashed ? '5 3' : undefined} />
          <Label box={b} />
        </g>
      ))}
    </svg>
  );
}

/** Words greedily packed into lines of at most `max` characters. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Box text on one line at 12px if it fits, else wrapped onto two lines at 11px. */
function Label({ box }: { box: Box }) {
  const tx = box.x + box.w / 2;
  if (box.text.length * 6.9 <= box.w - 8) {
    return <text x={tx} y={box.y + BOX_H / 2 + 4} textAnchor="middle" className="svg-text">{box.text}</text>;
  }
  const lines = wrapWords(box.text, Math.floor((box.w - 6) / 6.2));
  return (
    <text x={tx} y={box.y + BOX_H / 2 + 4 - (lines.length - 1) * 6.5} textAnchor="middle" className="svg-text" style={{ fontSize: 11 }}>
      {lines.map((line, i) => <tspan key={i} x={tx} dy={i ? 13 : 0}>{line}</tspan>)}
    </text>
  );
}
