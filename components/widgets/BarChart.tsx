import { scaleBand, scaleLinear } from 'd3';
import { formatCount } from '../../lib/cost';

export interface Bar {
  label: string;
  value: number;
  color: string;
}

interface BarChartProps {
  bars: Bar[];
  /** Accessible description of what the chart shows. */
  title: string;
  unit?: string;
  /** An optional reference line (e.g. a lower bound), drawn dashed. */
  reference?: { value: number; label: string };
  width?: number;
}

/** Horizontal bars: React draws the SVG, d3 computes the scales. Shared by every cost figure. */
export function BarChart({ bars, title, unit = '', reference, width = 560 }: BarChartProps) {
  const rowHeight = 30;
  const margin = { top: 6, right: 90, bottom: reference ? 22 : 6, left: 150 };
  const height = margin.top + margin.bottom + rowHeight * bars.length;
  const max = Math.max(...bars.map((b) => b.value), reference?.value ?? 0) || 1;
  const x = scaleLinear().domain([0, max]).range([margin.left, width - margin.right]);
  const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([margin.top, height - margin.bottom]).padding(0.22);
  const summary = bars.map((b) => `${b.label}: ${formatCount(b.value)}${unit}`).join('; ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={`${title}. ${summary}`} style={{ maxWidth: width }}>
      {bars.map((b, i) => (
        <g key={b.label}>
          <text x={margin.left - 8} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.35em" textAnchor="end" className="svg-text">{b.label}</text>
          <rect x={x(0)} y={y(i)} width={Math.max(0, x(b.value) - x(0))} height={y.bandwidth()} fill={b.color} rx={2} />
          <text x={x(b.value) + 6} y={(y(i) ?? 0) + y.bandwidth() / 2} dy="0.35em" className="svg-text">{formatCount(b.value)}{unit}</text>
        </g>
      ))}
      {reference && (
        <g>
          <line x1={x(reference.value)} x2={x(reference.value)} y1={margin.top} y2={height - margin.bottom + 4} stroke="var(--fg)" strokeDasharray="4 3" />
          <text x={x(reference.value)} y={height - 4} textAnchor="middle" className="svg-text-soft">{reference.label}</text>
        </g>
      )}
    </svg>
  );
}
