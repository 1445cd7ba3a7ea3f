import { colors } from '../../lib/palette';

export type NodeTone = 'input' | 'identity' | 'branch' | 'merge';

export interface DiagramNode {
  id: string;
  label: string;
  detail: string;
  tone: NodeTone;
  /** guidelines this op works against, e.g. ['G1', 'G2'] */
  against?: string[];
}

export interface DiagramSpec {
  /** accessible name of the figure, e.g. "ShuffleNet V1 unit, stride 1" */
  title: string;
  input: DiagramNode;
  split?: DiagramNode;
  left: DiagramNode[];
  /** what the left path is called when it has no ops ("identity shortcut") */
  leftEmptyLabel: string;
  right: DiagramNode[];
  merge: DiagramNode[];
  output: DiagramNode;
}

const W = 352;
const NODE_W = 164;
const NODE_H = 40;
const GAP = 24;
const STEP = NODE_H + GAP;
const X = { left: 88, right: 264, center: 176 };
const TONE_COLOR: Record<NodeTone, string> = { input: colors.input, identity: colors.identity, branch: colors.branch, merge: colors.input };

function Arrow({ d, x, y }: { d: string; x: number; y: number }) {
  return (
    <g>
      <path d={d} fill="none" stroke="var(--fg-soft)" strokeWidth={1.4} />
      <path d={`M${x - 4.5},${y - 8} L${x + 4.5},${y - 8} L${x},${y} Z`} fill="var(--fg-soft)" />
    </g>
  );
}

function Node({ node, cx, y }: { node: DiagramNode; cx: number; y: number }) {
  const color = TONE_COLOR[node.tone];
  const x = cx - NODE_W / 2;
  const badge = node.against?.length ? `✗ ${node.against.join(', ')}` : null;
  const badgeW = badge ? 14 + 7 * badge.length : 0;
  return (
    <g data-node={node.id}>
      <rect x={x} y={y} width={NODE_W} height={NODE_H} rx={6} fill={color} fillOpacity={0.13} stroke={color} strokeWidth={1.6} />
      <text x={cx} y={y + 16} textAnchor="middle" className="svg-text" style={{ fontWeight: 600 }}>{node.label}</text>
      <text x={cx} y={y + 31} textAnchor="middle" className="svg-text-soft">{node.detail}</text>
      {badge && (node.tone === 'merge' ? (
        // Merge nodes sit where the two paths join; their badge goes to the right, clear of the arrows.
        <g>
          <rect x={x + NODE_W + 5} y={y + NODE_H / 2 - 8.5} width={badgeW} height={17} rx={8.5} fill="var(--bg-cell)" stroke={colors.highlight} strokeWidth={1.8} />
          <text x={x + NODE_W + 5 + badgeW / 2} y={y + NODE_H / 2 + 3.5} textAnchor="middle" className="svg-text" style={{ fontSize: 10.5, fontWeight: 700 }}>{badge}</text>
        </g>
      ) : (
        <g>
          <rect x={x + NODE_W - badgeW + 6} y={y - 16} width={badgeW} height={17} rx={8.5} fill="var(--bg-cell)" stroke={colors.highlight} strokeWidth={1.8} />
          <text x={x + NODE_W + 6 - badgeW / 2} y={y - 3.5} textAnchor="middle" className="svg-text" style={{ fontSize: 10.5, fontWeight: 700 }}>{badge}</text>
        </g>
      ))}
    </g>
  );
}

export function describeDiagram(spec: DiagramSpec): string {
  const part = (n: DiagramNode) => `${n.label} (${n.detail})${n.against?.length ? ` — works against ${n.against.join(' and ')}` : ''}`;
  const left = spec.left.length ? spec.left.map(part).join(', then ') : spec.leftEmptyLabel;
  return [
    `${spec.title}.`,
    `${part(spec.input)}.`,
    spec.split ? `${part(spec.split)}.` : '',
    `Left path: ${left}.`,
    `Right path: ${spec.right.map(part).join(', then ')}.`,
    `Merge: ${spec.merge.map(part).join(', then ')}.`,
    `${part(spec.output)}.`,
  ].filter(Boolean).join(' ');
}

/**
 * A two-path unit drawn top to bottom: input (and split), a left and a right column of ops,
 * the merge ops, the output. React draws the SVG; positions are plain arithmetic.
 */
export function UnitDiagram({ spec }: { spec: DiagramSpec }) {
  let y = 10;
  const inputY = y;
  y += STEP;
  const splitY = spec.split ? y : null;
  if (spec.split) y += STEP;
  const forkFrom = y - GAP; // bottom of the node above the columns
  const colTop = y + 6;
  const rows = Math.max(spec.left.length, spec.right.length, 1);
  const mergeTop = colTop + rows * STEP + 6;
  const mergeY = spec.merge.map((_, i) => mergeTop + i * STEP);
  const outputY = mergeTop + spec.merge.length * STEP;
  const height = outputY + NODE_H + 10;
  const joinY = mergeTop - GAP / 2;
  const forkY = forkFrom + GAP / 2;

  const column = (nodes: DiagramNode[], cx: number) => {
    const arrows = [];
    if (nodes.length === 0) {
      arrows.push(<Arrow key="through" d={`M${X.center},${forkFrom} V${forkY} H${cx} V${joinY} H${X.center} V${mergeTop}`} x={X.center} y={mergeTop} />);
    } else {
      arrows.push(<Arrow key="in" d={`M${X.center},${forkFrom} V${forkY} H${cx} V${colTop}`} x={cx} y={colTop} />);
      for (let i = 1; i < nodes.length; i++) {
        const top = colTop + i * STEP;
        arrows.push(<Arrow key={`s${i}`} d={`M${cx},${top - GAP} V${top}`} x={cx} y={top} />);
      }
      const bottom = colTop + (nodes.length - 1) * STEP + NODE_H;
      arrows.push(<Arrow key="out" d={`M${cx},${bottom} V${joinY} H${X.center} V${mergeTop}`} x={X.center} y={mergeTop} />);
    }
    return arrows;
  };

  return (
    <svg viewBox={`0 0 ${W} ${height}`} width="100%" role="img" aria-label={describeDiagram(spec)} style={{ maxWidth: W }}>
      {splitY !== null && <Arrow d={`M${X.center},${inputY + NODE_H} V${splitY}`} x={X.center} y={splitY} />}
      {column(spec.left, X.left)}
      {column(spec.right, X.right)}
      {spec.left.length === 0 && (
        <text x={X.left} y={(forkY + joinY) / 2} textAnchor="middle" className="svg-text-soft" transform={`rotate(-90 ${X.left - 6} ${(forkY + joinY) / 2})`}>
          {spec.leftEmptyLabel}
        </text>
      )}
      {mergeY.slice(1).map((top, i) => <Arrow key={`m${i}`} d={`M${X.center},${top - GAP} V${top}`} x={X.center} y={top} />)}
      <Arrow d={`M${X.center},${mergeTop + (spec.merge.length - 1) * STEP + NODE_H} V${outputY}`} x={X.center} y={outputY} />

      <Node node={spec.input} cx={X.center} y={inputY} />
      {spec.split && splitY !== null && <Node node={spec.split} cx={X.center} y={splitY} />}
      {spec.left.map((n, i) => <Node key={n.id} node={n} cx={X.left} y={colTop + i * STEP} />)}
      {spec.right.map((n, i) => <Node key={n.id} node={n} cx={X.right} y={colTop + i * STEP} />)}
      {spec.merge.map((n, i) => <Node key={n.id} node={n} cx={X.center} y={mergeY[i]} />)}
      <Node node={spec.output} cx={X.center} y={outputY} />
    </svg>
  );
}
