import { formatValue, groupDigits } from '../../../lib/format';
import { colors, signedColor } from '../../../lib/palette';
import type { MaxExplanation, PatchExplanation, WindowCell } from '../../../lib/valueComputation';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

const CELL = 48;
const TOP = 18;

interface GridProps<C extends WindowCell> {
  cells: readonly C[];
  kernel: number;
  title: string;
  value(c: C): number;
  /** padding cells are drawn dashed; only the input window has them */
  markPadding?: boolean;
  /** a max pool's padding takes no part: no number in it (a convolution's reads 0) */
  paddingValue?: boolean;
  /** the index of the one cell outlined in the accent (the largest of a max pool's window) */
  highlight?: number;
}

/** One 3×3 grid of numbers, each cell on the diverging scale of the grid's own values. */
function Grid<C extends WindowCell>({
  cells,
  kernel,
  title,
  value,
  markPadding,
  paddingValue = true,
  highlight,
}: GridProps<C>) {
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
      {cells.map((c, i) => {
        const pad = markPadding && c.padding;
        const marked = i === highlight;
        return (
          <g
            key={`${c.ky}-${c.kx}`}
            transform={`translate(${c.kx * CELL},${TOP + c.ky * CELL})`}
            data-padding={pad ? 'yes' : undefined}
            data-largest={marked ? 'yes' : undefined}>
            <rect
              width={CELL - 2}
              height={CELL - 2}
              fill={pad ? 'var(--bg-soft)' : signedColor(value(c), maxAbs)}
              stroke={marked ? colors.highlight : pad ? 'var(--fg-soft)' : 'var(--border)'}
              strokeWidth={marked ? 3 : undefined}
              strokeDasharray={pad ? '3 2' : undefined}
              rx={2}
            />
            {(!pad || paddingValue) && (
              <text
                x={(CELL - 2) / 2}
                y={(CELL - 2) / 2}
                dy="0.35em"
                textAnchor="middle"
                className="svg-text"
                fontSize={10.5}>
                {formatValue(value(c))}
              </text>
            )}
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
 * dashed), the kernel, and their products. The three grids wrap onto two lines on a phone. An RGB
 * stem reads three windows, one per colour channel, each times its own slice of the kernel: one
 * such row for each.
 */
export function PatchFigure({ e }: { e: PatchExplanation }) {
  const t = useMessages(detailMessages);
  const rows = windowRows(t, e);
  const several = e.windows.length > 1;
  return (
    <>
      {e.windows.map(({ inputChannel, cells }) => {
        const padded = cells.filter((c) => c.padding).length;
        return (
          <div
            key={inputChannel}
            className={styles.patch}
            role="img"
            aria-label={t.patchLabel(
              inputChannel,
              rows,
              padded,
              e.kernel,
              cells.map((c) => formatValue(c.product)).join(', '),
              several,
            )}>
            <span className={styles.patchPart}>
              <Grid
                cells={cells}
                kernel={e.kernel}
                title={t.inputWindow(inputChannel)}
                value={(c) => c.input}
                markPadding
              />
              <span className={styles.operator} aria-hidden="true">
                ×
              </span>
            </span>
            <span className={styles.patchPart}>
              <Grid
                cells={cells}
                kernel={e.kernel}
                title={several ? t.kernelOfChannel(inputChannel) : t.kernel}
                value={(c) => c.weight}
              />
              <span className={styles.operator} aria-hidden="true">
                =
              </span>
            </span>
            <Grid cells={cells} kernel={e.kernel} title={t.productsTitle} value={(c) => c.product} />
          </div>
        );
      })}
    </>
  );
}

function windowRows(t: (typeof detailMessages)['en'], e: { origin: { y: number; x: number }; kernel: number }) {
  return t.windowRows(
    groupDigits(e.origin.y),
    groupDigits(e.origin.y + e.kernel - 1),
    groupDigits(e.origin.x),
    groupDigits(e.origin.x + e.kernel - 1),
  );
}

/** A max pool's window of one channel, its largest cell outlined in the accent: that value is the output. */
export function MaxPoolFigure({ e }: { e: MaxExplanation }) {
  const t = useMessages(detailMessages);
  const padded = e.cells.filter((c) => c.padding).length;
  const best = e.cells[e.largest];
  return (
    <div
      className={styles.patch}
      role="img"
      aria-label={t.maxPoolLabel(
        e.inputChannel,
        windowRows(t, e),
        padded,
        e.cells
          .filter((c) => !c.padding)
          .map((c) => formatValue(c.input))
          .join(', '),
        formatValue(best.input),
        best.inY,
        best.inX,
      )}>
      <Grid
        cells={e.cells}
        kernel={e.kernel}
        title={t.inputWindow(e.inputChannel)}
        value={(c) => c.input}
        markPadding
        paddingValue={false}
        highlight={e.largest}
      />
    </div>
  );
}
