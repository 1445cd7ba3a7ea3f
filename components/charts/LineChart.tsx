import { extent, line } from 'd3';
import { scaleLinear } from '../../lib/scales';
import { useElementWidth } from '../hooks/useElementWidth';

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

/**
 * Where each line's direct label goes, at the right end of the line: the lowest line is labelled
 * just below its end, the others just above (so a label never sits on another line's end), then
 * labels are moved apart so they never overlap. Returns the baseline y of each label.
 */
export function endLabels(
  ends: { label: string; y: number }[],
  top: number,
  bottom: number,
  gap = 14,
): Map<string, number> {
  const sorted = [...ends].sort((a, b) => a.y - b.y);
  const wanted = sorted.map((e, i) => (i === sorted.length - 1 && sorted.length > 1 ? e.y + 15 : e.y - 5));
  const placed: number[] = [];
  wanted.forEach((y, i) => placed.push(Math.max(y, i > 0 ? placed[i - 1] + gap : top)));
  // if the last label fell off the bottom, push the stack back up
  const overflow = Math.max(0, (placed.at(-1) ?? 0) - bottom);
  return new Map(sorted.map((e, i) => [e.label, placed[i] - overflow]));
}

/**
 * A small line chart: React draws the SVG, d3 computes scales and paths. Each line is labelled
 * at its end in its own colour (no legend to look up), with a dash pattern as a second cue.
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
  const margin = { top: 12, right: 16, bottom: 42, left: 64 };
  const all = series.flatMap((s) => s.points).concat(markers);
  const [x0, x1] = extent(all, (p) => p.x) as [number, number];
  const [y0, y1] = extent(all, (p) => p.y) as [number, number];
  const dotted = series.some((s) => s.dots);
  // A scatter is read against its axes, not along lines that start at the y axis: pad both ends.
  const x = scaleLinear(dotted ? [x0 - (x1 - x0) * 0.04, x1 + (x1 - x0) * 0.04] : [x0, x1], [
    margin.left,
    width - margin.right,
  ]);
  if (dotted) x.nice();
  const y = scaleLinear(
    zeroY ? [0, y1 * 1.05] : dotted ? [y0 - (y1 - y0) * 0.06, y1 + (y1 - y0) * 0.06] : [y0, y1 * 1.05],
    [height - margin.bottom, margin.top],
  ).nice();
  const path = line<{ x: number; y: number }>()
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const labelY = endLabels(
    series.filter((s) => s.points.length > 0).map((s) => ({ label: s.label, y: y(s.points.at(-1)!.y) })),
    margin.top + 12,
    height - margin.bottom - 4,
  );
  const ticksX = xTicks ?? x.ticks(width < 420 ? 4 : 6).map((v) => ({ value: v, label: formatX(v) }));
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
            <line x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} stroke="var(--border)" />
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
          x2={width - margin.right}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          stroke="var(--fg-soft)"
        />
        <text x={(margin.left + width - margin.right) / 2} y={height - 6} textAnchor="middle" className="svg-text">
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
        {series.map((s) => (
          <text
            key={s.label}
            x={width - margin.right}
            y={labelY.get(s.label)}
            textAnchor="end"
            className="svg-text"
            style={{
              fill: s.color,
              fontWeight: 600,
              paintOrder: 'stroke',
              stroke: 'var(--bg-cell)',
              strokeWidth: 4,
              strokeLinejoin: 'round',
            }}>
            {s.label}
          </text>
        ))}
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
              textAnchor={x(m.x) > width - 90 ? 'end' : x(m.x) < margin.left + 60 ? 'start' : 'middle'}
              className="svg-text">
              {m.label}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
