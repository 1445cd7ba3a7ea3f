import { useState } from 'react';
import { formatShape, type UnitOp, type UnitSpec } from '../../lib/units';
import { opColor, opTitle } from './opText';
import { OpDetails } from './OpDetails';
import styles from './Units.module.css';

const WIDTH = 356;
const COL = { left: 88, right: 268, center: 178 };
const NODE_W = 170;
const NODE_H = 44;
const PITCH = 64;
const TOP = 8;

interface Placed {
  key: string;
  x: number;
  row: number;
  op: UnitOp | null;
  title: string;
  sub: string;
  color: string;
}

/** Rows and columns of every box, from the unit's op list (works for both unit types). */
function layout(spec: UnitSpec, showShapes: boolean): { nodes: Placed[]; edges: [string, string][]; rows: number } {
  const shape = (s: { c: number; h: number; w: number }) => (showShapes ? formatShape(s) : 'C×H×W');
  const nodes: Placed[] = [{ key: 'input', x: COL.center, row: 0, op: null, title: 'input', sub: shape(spec.input), color: 'var(--c-input)' }];
  const edges: [string, string][] = [];
  const place = (op: UnitOp, x: number, row: number, sub?: string) =>
    nodes.push({ key: op.id, x, row, op, title: opTitle(op), sub: sub ?? shape(op.output), color: opColor(op) });

  const left = spec.ops.filter((o) => o.path === 'left');
  const right = spec.ops.filter((o) => o.path === 'right');
  const split = spec.ops.find((o) => o.kind === 'split');
  let start = 1;
  let source = 'input';
  if (split) {
    const sub = showShapes ? `${left[0].input.c} | ${right[0].input.c} channels` : 'C/2 | C/2 channels';
    place(split, COL.center, 1, sub);
    edges.push(['input', split.id]);
    source = split.id;
    start = 2;
  }
  const branchRows = Math.max(left.length, right.length);
  // A lone identity sits level with the middle of the conv branch.
  const leftOffset = left.length === 1 ? Math.floor((branchRows - 1) / 2) : 0;
  for (const [ops, x, offset] of [[left, COL.left, leftOffset], [right, COL.right, 0]] as const) {
    ops.forEach((op, i) => {
      place(op, x, start + offset + i);
      edges.push([i === 0 ? source : ops[i - 1].id, op.id]);
    });
  }
  const concat = spec.ops.find((o) => o.kind === 'concat')!;
  const shuffle = spec.ops.find((o) => o.kind === 'shuffle')!;
  const concatRow = start + branchRows;
  place(concat, COL.center, concatRow);
  place(shuffle, COL.center, concatRow + 1);
  nodes.push({ key: 'output', x: COL.center, row: concatRow + 2, op: null, title: 'output', sub: shape(spec.output), color: 'var(--c-input)' });
  edges.push([left.at(-1)!.id, concat.id], [right.at(-1)!.id, concat.id], [concat.id, shuffle.id], [shuffle.id, 'output']);
  return { nodes, edges, rows: concatRow + 3 };
}

const rowY = (row: number) => TOP + row * PITCH;

interface UnitDiagramProps {
  spec: UnitSpec;
  /** false while the reader's input is invalid: draw the structure only */
  showShapes?: boolean;
  title: string;
}

/**
 * The unit as boxes and arrows, drawn from lib/units.ts. Every operation is a focusable button:
 * hovering, focusing or clicking it shows its shapes and cost in the panel beside the diagram.
 */
export function UnitDiagram({ spec, showShapes = true, title }: UnitDiagramProps) {
  const [selected, setSelected] = useState<string | null>(null);
  const { nodes, edges, rows } = layout(spec, showShapes);
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const height = rowY(rows - 1) + NODE_H + TOP;
  const selectedOp = spec.ops.find((o) => o.id === selected) ?? null;
  const summary = `${title}: ${nodes.map((n) => `${n.title} (${n.sub})`).join(', then ')}.`;
  return (
    <div className={styles.diagramWrap}>
    <div className={styles.diagramLayout}>
      <svg className={styles.diagram} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label={summary}>
        <defs>
          <marker id={`arrow-${spec.type}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="var(--fg-soft)" />
          </marker>
        </defs>
        {edges.map(([from, to]) => {
          const a = byKey.get(from)!;
          const b = byKey.get(to)!;
          const y1 = rowY(a.row) + NODE_H;
          const y2 = rowY(b.row) - 2;
          const mid = (y1 + y2) / 2;
          const d = a.x === b.x ? `M ${a.x} ${y1} L ${b.x} ${y2}` : `M ${a.x} ${y1} C ${a.x} ${mid}, ${b.x} ${mid}, ${b.x} ${y2}`;
          const color = b.op?.path === 'left' || b.op?.path === 'right' ? b.color : a.color;
          return <path key={`${from}-${to}`} d={d} fill="none" stroke={color} strokeWidth={2} markerEnd={`url(#arrow-${spec.type})`} />;
        })}
        {nodes.map((n) => {
          const box = (
            <>
              <rect className="frame" x={n.x - NODE_W / 2} y={rowY(n.row)} width={NODE_W} height={NODE_H} rx={6}
                fill={n.color} fillOpacity={0.13} stroke={n.key === selected ? 'var(--fg)' : n.color} strokeWidth={n.key === selected ? 3 : 1.5} />
              <text x={n.x} y={rowY(n.row) + 18} textAnchor="middle" className={styles.nodeLabel}>{n.title}</text>
              <text x={n.x} y={rowY(n.row) + 35} textAnchor="middle" className={styles.nodeShape}>{n.sub}</text>
            </>
          );
          if (!n.op) return <g key={n.key}>{box}</g>;
          const op = n.op;
          return (
            <g
              key={n.key}
              className={styles.node}
              role="button"
              tabIndex={0}
              aria-pressed={n.key === selected}
              aria-label={`${op.label}: ${n.sub}. Show details.`}
              data-op={op.id}
              onMouseEnter={() => setSelected(op.id)}
              onFocus={() => setSelected(op.id)}
              onClick={() => setSelected(op.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  setSelected(op.id);
                }
              }}
            >
              {box}
            </g>
          );
        })}
      </svg>
      <OpDetails spec={spec} op={selectedOp} showNumbers={showShapes} />
    </div>
    </div>
  );
}
