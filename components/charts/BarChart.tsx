import { scaleBand, scaleLinear } from '../../lib/scales';
import { formatCount } from '../../lib/format';
import { seriesColor } from '../../lib/palette';
import { useElementWidth } from '../hooks/useElementWidth';
import { textUnits } from '../../lib/textWidth';
import { useMessages } from '../i18n/locale';
import { chartsMessages } from './chartsMessages';

/** A value drawn as a mark on a bar's row (a published figure beside the reader's own). */
export interface BarMark {
  value: number;
  /** names the mark in the description, e.g. 'paper, GPU' */
  label: string;
  /** the mark's shape: a diamond or a triangle (two quoted platforms on one row stay apart by shape too) */
  shape?: 'diamond' | 'triangle';
  color?: string;
}

export interface Bar {
  label: string;
  /** null: no bar yet (an empty chart before a run); the row, its marks and its note are drawn */
  value: number | null;
  /** a series colour (lib/palette.ts); defaults to the first */
  color?: string;
  /** a spread around the value, e.g. the interquartile range of repeated timings, drawn as a whisker */
  range?: readonly [number, number];
  /** the one bar to look at (the predicted class, the chosen setting): bold label */
  emphasis?: boolean;
  /** published values marked on the row */
  marks?: readonly BarMark[];
  /** a word written after the value, in the chart itself ('inconclusive') */
  note?: string;
}

export interface BarAxis {
  format(value: number): string;
  /** what the axis measures; `shortLabel` is used on narrow screens */
  label?: string;
  shortLabel?: string;
}

interface BarChartProps {
  bars: readonly Bar[];
  /** what the chart shows; with the bars' values it is the figure's accessible name */
  title: string;
  /** how a bar's value is written at its end and in the description; default formatCount + unit */
  format?: (value: number) => string;
  unit?: string;
  /** a reference line, drawn dashed (a lower bound, the baseline's 100 %) */
  reference?: { value: number; label?: string };
  /** the value range; by default from the smallest (or 0) to the largest value, whisker or reference */
  domain?: readonly [number, number];
  /** ticks and grid lines, for charts read against a scale rather than by their labels */
  axis?: BarAxis;
  /** the natural width; on narrower screens the chart takes the width it is given */
  maxWidth?: number;
  /** the narrowest the chart gets (small multiples go narrower than a chart of its own) */
  minWidth?: number;
  /** false: no row labels, for the panels right of the first in a row of small multiples */
  rowLabels?: boolean;
}

const CHAR_WIDTH = 7; // about one character of the 12px UI font, with some room for wide glyphs (×, →)

/** A label's length in Latin characters: a Chinese character is about twice as wide. */

/**
 * Horizontal bars, directly labelled: the label left of each bar, the value at its end.
 * React draws the SVG, d3 computes the scales. Bars start at zero, so negative values go left.
 */
export function BarChart({
  bars,
  title,
  format,
  unit = '',
  reference,
  domain,
  axis,
  maxWidth = 560,
  minWidth = 260,
  rowLabels = true,
}: BarChartProps) {
  const [ref, width] = useElementWidth<HTMLDivElement>(maxWidth, { min: minWidth, max: maxWidth });
  const t = useMessages(chartsMessages);
  const write = format ?? ((v: number) => `${formatCount(v)}${unit}`);
  const valueText = (b: Bar) => [b.value === null ? '' : write(b.value), b.note ?? ''].filter(Boolean).join(' ');
  const rowHeight = 28;
  // A label too long for half a narrow chart is written on two lines, broken after its comma.
  const labelLines = (label: string): string[] => {
    const cut = label.lastIndexOf(', ');
    return 12 + CHAR_WIDTH * textUnits(label) > width / 2 && cut > 0
      ? [label.slice(0, cut + 1), label.slice(cut + 2)]
      : [label];
  };
  const longestLabel = Math.max(0, ...bars.flatMap((b) => labelLines(b.label).map(textUnits)));
  const longestValue = Math.max(0, ...bars.map((b) => textUnits(valueText(b))));
  const margin = {
    top: 6,
    // the value is written 6px after the bar's end, in bold for the emphasised bar: room for both
    right: 16 + Math.ceil(CHAR_WIDTH * 1.1 * longestValue),
    bottom: axis ? 34 : reference?.label ? 22 : 6,
    left: rowLabels ? Math.min(width / 2, 12 + CHAR_WIDTH * longestLabel) : 6,
  };
  const height = margin.top + margin.bottom + rowHeight * bars.length;
  const values = bars
    .flatMap((b) => [
      ...(b.value === null ? [] : [b.value]),
      ...(b.range ?? []),
      ...(b.marks ?? []).map((m) => m.value),
    ])
    .concat(reference ? [reference.value] : []);
  const lo = domain?.[0] ?? Math.min(0, ...values);
  const hi = domain?.[1] ?? Math.max(0, ...values);
  const x = scaleLinear([lo, hi === lo ? lo + 1 : hi], [margin.left, width - margin.right]);
  if (axis) x.nice();
  const y = scaleBand(
    bars.map((_, i) => i),
    [margin.top, height - margin.bottom],
    { inner: 0.22, outer: 0.22 },
  );
  const mid = (i: number) => (y(i) ?? 0) + y.bandwidth() / 2;
  const summary = bars
    .map((b) => {
      const marks = (b.marks ?? []).map((m) => `${m.label} ${write(m.value)}`).join(', ');
      return `${b.label}: ${b.value === null ? t.notMeasured : valueText(b)}${marks ? ` (${marks})` : ''}`;
    })
    .join('; ');
  const narrow = width < 360;
  // The reference label is centred on its line, but kept inside the chart when the line is near an edge.
  const referenceHalf = reference?.label ? (CHAR_WIDTH * textUnits(reference.label)) / 2 : 0;
  const referenceLabelX = reference
    ? Math.max(referenceHalf + 2, Math.min(width - referenceHalf - 2, x(reference.value)))
    : 0;
  return (
    <div ref={ref} className="bar-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        // A fixed height: before the script has measured the container (static HTML, a phone narrower than
        // the default width) the drawing scales down inside a box of its final height, so nothing below moves
        // when it is redrawn at the real width.
        height={height}
        role="img"
        aria-label={`${title}. ${summary}`}
        style={{ maxWidth: width, display: 'block' }}>
        {axis &&
          // about one tick per 55px of plot, so the tick labels never run into each other
          x
            .ticks(Math.max(2, Math.min(narrow ? 4 : 6, Math.floor((width - margin.left - margin.right) / 55))))
            .map((t) => (
              <g key={t}>
                <line x1={x(t)} x2={x(t)} y1={margin.top} y2={height - margin.bottom} stroke="var(--border)" />
                <text x={x(t)} y={height - margin.bottom + 14} textAnchor="middle" className="svg-text-soft">
                  {axis.format(t)}
                </text>
              </g>
            ))}
        {axis?.label && (
          <text
            x={(margin.left + width - margin.right) / 2}
            y={height - 4}
            textAnchor="middle"
            className="svg-text-soft">
            {narrow && axis.shortLabel ? axis.shortLabel : axis.label}
          </text>
        )}
        {lo < 0 && <line x1={x(0)} x2={x(0)} y1={margin.top} y2={height - margin.bottom} stroke="var(--fg-soft)" />}
        {bars.map((b, i) => {
          const value = b.value;
          const [x0, x1] = value === null ? [x(0), x(0)] : [x(Math.min(0, value)), x(Math.max(0, value))];
          const end = Math.max(
            value === null ? x(0) : x(value),
            x(0),
            b.range ? x(b.range[1]) : -Infinity,
            ...(b.marks ?? []).map((m) => x(m.value) + 5),
          );
          return (
            <g key={`${i}-${b.label}`}>
              {rowLabels && (
                <text
                  x={margin.left - 8}
                  y={mid(i)}
                  dy="0.35em"
                  textAnchor="end"
                  className="svg-text"
                  fontWeight={b.emphasis ? 700 : undefined}>
                  {labelLines(b.label).length === 1
                    ? b.label
                    : labelLines(b.label).map((line, k) => (
                        <tspan key={line} x={margin.left - 8} dy={k === 0 ? '-0.3em' : '1.1em'}>
                          {line}
                        </tspan>
                      ))}
                </text>
              )}
              {value !== null && (
                <rect
                  x={x0}
                  y={y(i)}
                  width={Math.max(x1 - x0, 0.5)}
                  height={y.bandwidth()}
                  fill={b.color ?? seriesColor(0)}
                  rx={2}
                />
              )}
              {b.range && b.range[1] > b.range[0] && (
                <path
                  d={`M${x(b.range[0])},${mid(i) - 5}v10M${x(b.range[0])},${mid(i)}H${x(b.range[1])}M${x(b.range[1])},${mid(i) - 5}v10`}
                  stroke="var(--fg)"
                  strokeWidth={1.5}
                  fill="none"
                />
              )}
              {(b.marks ?? []).map((m) => (
                <BarMarkShape key={m.label} x={x(m.value)} y={mid(i)} mark={m} />
              ))}
              <text x={end + 6} y={mid(i)} dy="0.35em" className="svg-text" fontWeight={b.emphasis ? 700 : undefined}>
                {value !== null && write(value)}
                {b.note && (
                  <tspan className="svg-text-soft" fontStyle="italic" dx={value !== null ? 4 : 0}>
                    {b.note}
                  </tspan>
                )}
              </text>
            </g>
          );
        })}
        {reference && (
          <g>
            <line
              x1={x(reference.value)}
              x2={x(reference.value)}
              y1={margin.top - 4}
              y2={height - margin.bottom + (reference.label ? 4 : 0)}
              stroke="var(--fg)"
              strokeDasharray="4 3"
            />
            {reference.label && (
              <text x={referenceLabelX} y={height - 4} textAnchor="middle" className="svg-text-soft">
                {reference.label}
              </text>
            )}
          </g>
        )}
      </svg>
    </div>
  );
}

/** A mark on a bar's row: outlined in the background colour so it reads on top of the bar and beside it. */
function BarMarkShape({ x, y, mark }: { x: number; y: number; mark: BarMark }) {
  const d =
    mark.shape === 'triangle'
      ? `M${x},${y - 7}L${x + 6.5},${y + 5}H${x - 6.5}Z`
      : `M${x},${y - 7}L${x + 6},${y}L${x},${y + 7}L${x - 6},${y}Z`;
  return (
    <path d={d} fill={mark.color ?? 'var(--fg)'} stroke="var(--bg-cell)" strokeWidth={1.5} data-mark={mark.label} />
  );
}
