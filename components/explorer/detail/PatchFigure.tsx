import { formatValue, groupDigits } from '../../../lib/format';
import { signedColor } from '../../../lib/palette';
import type { PatchCell, PatchExplanation } from '../../../lib/valueComputation';

const CELL = 42;
const GAP = 30;
const TOP = 18;

interface GridProps {
  cells: readonly PatchCell[];
  kernel: number;
  left: number;
  title: string;
  value(c: PatchCell): number;
  /** padding cells are drawn dashed with their 0; only the input window has them */
  markPadding?: boolean;
}

function Grid({ cells, kernel, left, title, value, markPadding }: GridProps) {
  const maxAbs = Math.max(...cells.map((c) => Math.abs(value(c))));
  return (
    <g transform={`translate(${left},0)`}>
      <text x={(kernel * CELL) / 2} y={12} textAnchor="middle" className="svg-text-soft">{title}</text>
      {cells.map((c) => {
        const pad = markPadding && c.padding;
        return (
          <g key={`${c.ky}-${c.kx}`} transform={`translate(${c.kx * CELL},${TOP + c.ky * CELL})`} data-padding={pad ? 'yes' : undefined}>
            <rect width={CELL - 2} height={CELL - 2} fill={pad ? 'var(--bg-soft)' : signedColor(value(c), maxAbs)} stroke={pad ? 'var(--fg-soft)' : 'var(--border)'} strokeDasharray={pad ? '3 2' : undefined} rx={2} />
            <text x={(CELL - 2) / 2} y={(CELL - 2) / 2} dy="0.35em" textAnchor="middle" className="svg-text" fontSize={11}>{formatValue(value(c))}</text>
            {pad && <text x={(CELL - 2) / 2} y={CELL - 7} textAnchor="middle" className="svg-text-soft" fontSize={8}>pad</text>}
          </g>
        );
      })}
    </g>
  );
}

/**
 * A 3×3 window of one input channel times its 3×3 kernel, cell by cell: the window (zero padding
 * dashed), the kernel, and their products, each on the diverging scale of its own values.
 */
export function PatchFigure({ e }: { e: PatchExplanation }) {
  const size = e.kernel * CELL;
  const width = 3 * size + 2 * GAP;
  const height = TOP + size + 4;
  const op = (x: number, sign: string) => <text x={x} y={TOP + size / 2} dy="0.35em" textAnchor="middle" className="svg-text" fontSize={16}>{sign}</text>;
  const rows = `rows ${groupDigits(e.origin.y)} to ${groupDigits(e.origin.y + e.kernel - 1)}, columns ${groupDigits(e.origin.x)} to ${groupDigits(e.origin.x + e.kernel - 1)}`;
  const padded = e.cells.filter((c) => c.padding).length;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }} role="img"
      aria-label={`Input window of channel ${e.inputChannel} (${rows}${padded ? `, ${padded} cells of zero padding` : ''}) times the ${e.kernel}×${e.kernel} kernel, cell by cell. Products: ${e.cells.map((c) => formatValue(c.product)).join(', ')}.`}
    >
      <Grid cells={e.cells} kernel={e.kernel} left={0} title={`input window, ch ${e.inputChannel}`} value={(c) => c.input} markPadding />
      {op(size + GAP / 2, '×')}
      <Grid cells={e.cells} kernel={e.kernel} left={size + GAP} title="kernel (BN folded)" value={(c) => c.weight} />
      {op(2 * size + (3 * GAP) / 2, '=')}
      <Grid cells={e.cells} kernel={e.kernel} left={2 * (size + GAP)} title="products" value={(c) => c.product} />
    </svg>
  );
}
