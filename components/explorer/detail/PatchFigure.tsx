import { formatValue, groupDigits } from '../../../lib/format';
import { signedColor } from '../../../lib/palette';
import type { PatchCell, PatchExplanation } from '../../../lib/valueComputation';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

const CELL = 48;
const TOP = 18;

interface GridProps {
  cells: readonly PatchCell[];
  kernel: number;
  title: string;
  value(c: PatchCell): number;
  /** padding cells are drawn dashed with their 0; only the input window has them */
  markPadding?: boolean;
}

/** One 3×3 grid of numbers, each cell on the diverging scale of the grid's own values. */
function Grid({ cells, kernel, title, value, markPadding }: GridProps) {
  const maxAbs = Math.max(...cells.map((c) => Math.abs(value(c))));
  const t = useMessages(detailMessages);
  const size = kernel * CELL;
  return (
    <svg
      viewBox={`0 0 ${size} ${TOP + size}`}
      width={size}
      aria-hidden="true"
      style={{ maxWidth: '100%', display: 'block' }}>
      <text x={size / 2} y={12} textAnchor="middle" className="svg-text-soft">
        {title}
      </text>
      {cells.map((c) => {
        const pad = markPadding && c.padding;
        return (
          <g
            key={`${c.ky}-${c.kx}`}
            transform={`translate(${c.kx * CELL},${TOP + c.ky * CELL})`}
            data-padding={pad ? 'yes' : undefined}>
            <rect
              width={CELL - 2}
              height={CELL - 2}
              fill={pad ? 'var(--bg-soft)' : signedColor(value(c), maxAbs)}
              stroke={pad ? 'var(--fg-soft)' : 'var(--border)'}
              strokeDasharray={pad ? '3 2' : undefined}
              rx={2}
            />
            <text
              x={(CELL - 2) / 2}
              y={(CELL - 2) / 2}
              dy="0.35em"
              textAnchor="middle"
              className="svg-text"
              fontSize={10.5}>
              {formatValue(value(c))}
            </text>
            {pad && (
              <text x={(CELL - 2) / 2} y={CELL - 8} textAnchor="middle" className="svg-text-soft" fontSize={8}>
                {t.pad}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

/**
 * A 3×3 window of one input channel times its 3×3 kernel, cell by cell: the window (zero padding
 * dashed), the kernel, and their products. The three grids wrap onto two lines on a phone.
 */
export function PatchFigure({ e }: { e: PatchExplanation }) {
  const t = useMessages(detailMessages);
  const rows = t.windowRows(
    groupDigits(e.origin.y),
    groupDigits(e.origin.y + e.kernel - 1),
    groupDigits(e.origin.x),
    groupDigits(e.origin.x + e.kernel - 1),
  );
  const padded = e.cells.filter((c) => c.padding).length;
  return (
    <div
      className={styles.patch}
      role="img"
      aria-label={t.patchLabel(
        e.inputChannel,
        rows,
        padded,
        e.kernel,
        e.cells.map((c) => formatValue(c.product)).join(', '),
      )}>
      <span className={styles.patchPart}>
        <Grid
          cells={e.cells}
          kernel={e.kernel}
          title={t.inputWindow(e.inputChannel)}
          value={(c) => c.input}
          markPadding
        />
        <span className={styles.operator} aria-hidden="true">
          ×
        </span>
      </span>
      <span className={styles.patchPart}>
        <Grid cells={e.cells} kernel={e.kernel} title={t.kernel} value={(c) => c.weight} />
        <span className={styles.operator} aria-hidden="true">
          =
        </span>
      </span>
      <Grid cells={e.cells} kernel={e.kernel} title={t.productsTitle} value={(c) => c.product} />
    </div>
  );
}
