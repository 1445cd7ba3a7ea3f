import { extent, line } from 'd3';
import { scaleLinear } from '../../lib/scales';
import { useElementWidth } from '../hooks/useElementWidth';
import { dodgeLabels, labelWidth } from './labelLayout';

export interface LinePoint {
  x: number;
  y: number;
  /** names the point for hovering (a table row): with `onPoint`, the point can be pointed at */
  id?: string;
}

export interface LineSeries {
  label: string;
  color: string;
  points: LinePoint[];
  dashed?: boolean;
  /** a dot at every point (a scatter of measured values joined in order) */
  dots?: boolean;
}

export interface ChartMarker {
  x: number;
  y: number;
  label: string;
  color: string;
}

interface LineChartProps {
  series: LineSeries[];
  markers?: ChartMarker[];
  /** Accessible summary of what the chart shows (svg role="img"). */
  title: string;
  xLabel: string;
  yLabel: string;
  /** Ticks on the x axis; by default d3 picks them. */
  xTicks?: { value: number; label: string }[];
  formatY?: (y: number) => string;
  /** Start the y axis at zero (honest for costs). */
  zeroY?: boolean;
  width?: number;
  height?: number;
  formatX?: (x: number) => string;
  /** the point (by id) drawn larger, with a ring: the row the reader is looking at */
  activePoint?: string | null;
  /** called with a point's id when the pointer enters it (or a finger touches it) */
  onPoint?: (id: string) => void;
}

/** Lines of a direct label that fit `maxWidth`, broken only at spaces (a word never splits). */
export function wrapLabel(label: string, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && labelWidth(`${lines[last]} ${word}`) <= maxWidth) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

const LABEL_LINE = 13;

/**
 * A small line chart: React draws the SVG, d3 computes scales and paths. Each line is labelled
 * in its own colour (no legend to look up), with a dash pattern as a second cue. The labels sit
 * in a column right of the plot, each at the height of its line's last point; where labels would
 * overlap they are moved apart (dodgeLabels) and a thin leader joins each moved label to its line,
 * so a label never covers a line, a dot or another label, at any width.
 */
export function LineChart({
  series,
  markers = [],
  title,
  xLabel,
  yLabel,
  xTicks,
  formatY = (y) => String(y),
  formatX = (x) => String(x),
  zeroY = true,
  width: maxWidth = 560,
  height = 260,
  activePoint = null,
  onPoint,
}: LineChartProps) {
  const [ref, width] = useElementWidth<HTMLElement>(maxWidth, { min: 280, max: maxWidth });
  const labelled = series.filter((s) => s.points.length > 0);
  // the label column: as wide as the longest label line, at most 30 % of the chart (longer labels wrap)
  const maxLabel = Math.max(56, Math.floor(width * 0.3));
  const labelLines = new Map(labelled.map((s) => [s.label, wrapLabel(s.label, maxLabel)]));
  const column = Math.min(maxLabel, Math.max(0, ...[...labelLines.values()].flat().map(labelWidth)));
  const margin = { top: 12, right: labelled.length ? column + 16 : 16, bottom: 42, left: 64 };
  const plotRight = width - margin.right;
  const all = series.flatMap((s) => s.points).concat(markers);
  const [x0, x1] = extent(all, (p) => p.x) as [number, number];
  const [y0, y1] = extent(all, (p) => p.y) as [number, number];
  const dotted = series.some((s) => s.dots);
  // A scatter is read against its axes, not along lines that start at the y axis: pad both ends.
  const x = scaleLinear(dotted ? [x0 - (x1 - x0) * 0.04, x1 + (x1 - x0) * 0.04] : [x0, x1], [margin.left, plotRight]);
  if (dotted) x.nice();
  const y = scaleLinear(
    zeroY ? [0, y1 * 1.05] : dotted ? [y0 - (y1 - y0) * 0.06, y1 + (y1 - y0) * 0.06] : [y0, y1 * 1.05],
    [height - margin.bottom, margin.top],
  ).nice();
  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const labelY = dodgeLabels(
    labelled.map((s) => ({
      key: s.label,
      y: y(s.points.at(-1)!.y),
      height: labelLines.get(s.label)!.length * LABEL_LINE,
    })),
    margin.top,
    height - margin.bottom,
  );
  const labelX = plotRight + 12;
  const ticksX = xTicks ?? x.ticks(plotRight - margin.left < 360 ? 4 : 6).map((v) => ({ value: v, label: formatX(v) }));
  return (
    <figure ref={ref} style={{ margin: '0.6rem 0' }}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        style={{ maxWidth: width, display: 'block' }}>
        {y.ticks(5).map((t) => (
          <g key={t}>
            <line x1={margin.left} x2={plotRight} y1={y(t)} y2={y(t)} stroke="var(--border)" />
            <text x={margin.left - 6} y={y(t)} dy="0.35em" textAnchor="end" className="svg-text-soft">
              {formatY(t)}
            </text>
          </g>
        ))}
        {ticksX.map((t) => (
          <g key={t.value}>
            <line
              x1={x(t.value)}
              x2={x(t.value)}
              y1={height - margin.bottom}
              y2={height - margin.bottom + 4}
              stroke="var(--fg-soft)"
            />
            <text x={x(t.value)} y={height - margin.bottom + 16} textAnchor="middle" className="svg-text-soft">
              {t.label}
            </text>
          </g>
        ))}
        <line
          x1={margin.left}
          x2={plotRight}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          stroke="var(--fg-soft)"
        />
        <text x={(margin.left + plotRight) / 2} y={height - 6} textAnchor="middle" className="svg-text">
          {xLabel}
        </text>
        <text
          transform={`translate(14 ${(margin.top + height - margin.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
          className="svg-text">
          {yLabel}
        </text>
        {series.map((s) => (
          <path
            key={s.label}
            d={path(s.points) ?? ''}
            fill="none"
            stroke={s.color}
            strokeWidth={s.dashed ? 1.5 : 2.5}
            strokeDasharray={s.dashed ? '6 4' : undefined}
          />
        ))}
        {labelled.map((s) => {
          const end = s.points.at(-1)!;
          const [ex, ey] = [x(end.x) + (s.dots ? 6 : 2), y(end.y)];
          const ly = labelY.get(s.label)!;
          const lines = labelLines.get(s.label)!;
          // a leader only where the label is away from its line's end: moved apart, or the line ends early
          const leader = Math.abs(ly - ey) > 1.5 || labelX - ex > 16;
          return (
            <g key={s.label} data-line-label={s.label}>
              {leader && (
                <path
                  d={`M${ex},${ey}L${labelX - 8},${ly}H${labelX - 3}`}
                  fill="none"
                  stroke={s.color}
                  strokeWidth={1}
                  data-leader=""
                />
              )}
              <text
                x={labelX}
                y={ly - ((lines.length - 1) * LABEL_LINE) / 2}
                dy={lines.length === 1 ? '0.35em' : undefined}
                className="svg-text"
                style={{ fill: s.color, fontWeight: 600 }}>
                {lines.length === 1
                  ? s.label
                  : lines.map((line, i) => (
                      <tspan key={i} x={labelX} dy={i === 0 ? '0.35em' : LABEL_LINE}>
                        {line}
                      </tspan>
                    ))}
              </text>
            </g>
          );
        })}
        {series
          .filter((s) => s.dots)
          .map((s) =>
            s.points.map((p, i) => {
              const active = p.id !== undefined && p.id === activePoint;
              return (
                <g
                  key={`${s.label}-${p.id ?? i}`}
                  data-point={p.id}
                  onPointerEnter={p.id && onPoint ? () => onPoint(p.id!) : undefined}
                  onPointerDown={p.id && onPoint ? () => onPoint(p.id!) : undefined}>
                  {onPoint && <circle cx={x(p.x)} cy={y(p.y)} r={12} fill="transparent" />}
                  <circle
                    cx={x(p.x)}
                    cy={y(p.y)}
                    r={active ? 7 : 4.5}
                    fill={s.color}
                    stroke="var(--bg-cell)"
                    strokeWidth={1.5}
                  />
                  {active && (
                    <circle cx={x(p.x)} cy={y(p.y)} r={11} fill="none" stroke="var(--c-highlight)" strokeWidth={2.5} />
                  )}
                </g>
              );
            }),
          )}
        {markers.map((m) => (
          <g key={m.label}>
            <circle cx={x(m.x)} cy={y(m.y)} r={6} fill={m.color} stroke="var(--bg-cell)" strokeWidth={2} />
            <text
              x={x(m.x)}
              y={y(m.y) - 11}
              textAnchor={x(m.x) > plotRight - 60 ? 'end' : x(m.x) < margin.left + 60 ? 'start' : 'middle'}
              className="svg-text">
              {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
