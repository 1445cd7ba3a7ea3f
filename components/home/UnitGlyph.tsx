import { edgeColor, nodeColor } from '../diagram/colors';
import type { Locale } from '../../lib/i18n';
import { textUnits } from '../../lib/textWidth';
import type { DiagramNode, UnitDiagramModel } from '../../lib/unitDiagram';

/** The few letters an op gets in a glyph too small for the diagram's full labels, in the model's language. */
const SHORT: Record<Locale, Record<DiagramNode['kind'], string>> = {
  en: {
    input: '',
    output: '',
    split: 'split',
    identity: '',
    conv1x1: '1×1',
    gconv1x1: 'G1×1',
    dwconv3x3: 'DW',
    avgpool: 'pool',
    concat: 'concat',
    add: '+',
    shuffle: 'shuffle',
  },
  zh: {
    input: '',
    output: '',
    split: '分割',
    identity: '',
    conv1x1: '1×1',
    gconv1x1: 'G1×1',
    dwconv3x3: 'DW',
    avgpool: '池化',
    concat: '拼接',
    add: '+',
    shuffle: '混洗',
  },
};

const boxWidth = (text: string) => (text ? Math.max(16, textUnits(text) * 5 + 6) : 8);

const ROW = { left: 0.2, right: 0.8, input: 0.5, merge: 0.5 } as const;

/**
 * A unit diagram's view model drawn small and sideways, for a chapter card: the same nodes and
 * edges as the book's unit diagram (so V1's Add and group convolutions, V2's split and concat show
 * as they are), left to right, the left path above and the right path below, in the paths' colours.
 * No shapes or costs: at this size only the structure reads. Renders an SVG group inside `box`.
 */
export function UnitGlyph({
  model,
  box,
}: {
  model: UnitDiagramModel;
  box: { x: number; y: number; w: number; h: number };
}) {
  const on = (path: DiagramNode['path']) => model.nodes.filter((n) => n.path === path && n.id !== 'output');
  const head = on('input');
  const merge = on('merge');
  const branchCols = Math.max(on('left').length, on('right').length, 1);
  // one column per op, as wide as its widest box: the columns share the box's width in proportion
  const columns: DiagramNode[][] = [
    ...head.map((n) => [n]),
    ...Array.from({ length: branchCols }, (_, i) =>
      (['left', 'right'] as const).flatMap((p) => {
        const ops = on(p);
        return ops.filter((_, k) => Math.round(((k + 0.5) * branchCols) / ops.length - 0.5) === i);
      }),
    ),
    ...merge.map((n) => [n]),
    [],
  ];
  const short = SHORT[model.locale];
  const need = columns.map((col) => Math.max(14, ...col.map((n) => boxWidth(short[n.kind]) + 6)));
  const scale = box.w / need.reduce((a, b) => a + b, 0);
  const colX = need.map((_, i) => box.x + scale * (need.slice(0, i).reduce((a, b) => a + b, 0) + need[i] / 2));
  const place = new Map<string, { x: number; y: number }>();
  columns.forEach((col, i) => col.forEach((n) => place.set(n.id, { x: colX[i], y: box.y + box.h * ROW[n.path] })));
  place.set('output', { x: colX[colX.length - 1], y: box.y + box.h * ROW.merge });
  const nodes = model.nodes.filter((n) => place.has(n.id));
  return (
    <g>
      {model.edges.map((e) => {
        const [a, b] = [place.get(e.from), place.get(e.to)];
        if (!a || !b) return null;
        // leave the fork horizontally, then bend: the two paths read as two rows
        const bend = a.y === b.y ? '' : ` C ${(a.x + b.x) / 2} ${a.y}, ${(a.x + b.x) / 2} ${b.y},`;
        return (
          <path
            key={`${e.from}-${e.to}`}
            d={`M ${a.x} ${a.y}${bend} ${b.x} ${b.y}`}
            fill="none"
            stroke={edgeColor(e.path)}
            strokeWidth={2}
          />
        );
      })}
      {nodes.map((n) => {
        const p = place.get(n.id)!;
        const text = short[n.kind];
        if (n.kind === 'input' || n.kind === 'output')
          return <rect key={n.id} x={p.x - 4} y={p.y - 9} width={8} height={18} rx={1.5} fill="var(--c-input)" />;
        if (!text) return null;
        const w = boxWidth(text);
        const color = nodeColor(n);
        return (
          <g key={n.id}>
            <rect
              x={p.x - w / 2}
              y={p.y - 7.5}
              width={w}
              height={15}
              rx={3}
              fill={`color-mix(in srgb, ${color} 22%, var(--bg-cell))`}
              stroke={color}
              strokeWidth={1.4}
            />
            <text x={p.x} y={p.y + 3.3} textAnchor="middle" fontSize={8.5} fill="var(--fg)">
              {text}
            </text>
          </g>
        );
      })}
    </g>
  );
}
