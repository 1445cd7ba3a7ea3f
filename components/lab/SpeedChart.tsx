import { scaleBand, scaleLinear } from 'd3';
import { colors } from '../../lib/palette';
import type { RelativeSpeed } from '../../lib/labStats';

export interface SpeedBar extends RelativeSpeed {
  label: string;
}

interface SpeedChartProps {
  bars: SpeedBar[];
  /** What the chart shows, for its accessible name. */
  title: string;
  width?: number;
}

/**
 * Speeds normalised to the baseline (first bar = 100 %): the reader's, with each variant's
 * interquartile range as a whisker, or the paper's single published figures (no whisker). React draws the SVG; d3 computes the scales.
 */
export function SpeedChart({ bars, title, width = 420 }: SpeedChartProps) {
  const rowHeight = 30;
  // room for the longest label at the 12px UI font (about 6.8px a character)
  const longest = Math.max(...bars.map((b) => b.label.length));
  const margin = { top: 8, right: 44, bottom: 34, left: Math.min(width / 2.5, 14 + 6.8 * longest) };
  const height = margin.top + margin.bottom + rowHeight * bars.length;
  const max = Math.max(120, ...bars.map((b) => b.high)) * 1.04;
  const x = scaleLinear().domain([0, max]).range([margin.left, width - margin.right]).nice();
  const y = scaleBand<number>().domain(bars.map((_, i) => i)).range([margin.top, height - margin.bottom]).padding(0.25);
  const ticks = x.ticks(width < 360 ? 4 : 6);
  const summary = bars.map((b) => `${b.label}: ${b.percent.toFixed(0)} %`).join('; ');
  const mid = (i: number) => (y(i) ?? 0) + y.bandwidth() / 2;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="img" aria-label={`${title}. ${summary}`}>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={margin.top} y2={height - margin.bottom} stroke="var(--border)" />
          <text x={x(t)} y={height - margin.bottom + 14} textAnchor="middle" className="svg-text-soft">{t}%</text>
        </g>
      ))}
      <text x={(margin.left + width - margin.right) / 2} y={height - 4} textAnchor="middle" className="svg-text-soft">
        {width < 360 ? 'speed vs the first variant' : 'speed relative to the first variant (higher is faster)'}
      </text>
      {bars.map((b, i) => (
        <g key={b.label}>
          <text x={margin.left - 8} y={mid(i)} dy="0.35em" textAnchor="end" className="svg-text">{b.label}</text>
          <rect x={x(0)} y={y(i)} width={Math.max(0, x(b.percent) - x(0))} height={y.bandwidth()} fill={i === 0 ? colors.identity : colors.branch} rx={2} />
          {b.high > b.low && (
            <>
              <line x1={x(b.low)} x2={x(b.high)} y1={mid(i)} y2={mid(i)} stroke="var(--fg)" strokeWidth={1.5} />
              <line x1={x(b.low)} x2={x(b.low)} y1={mid(i) - 5} y2={mid(i) + 5} stroke="var(--fg)" strokeWidth={1.5} />
              <line x1={x(b.high)} x2={x(b.high)} y1={mid(i) - 5} y2={mid(i) + 5} stroke="var(--fg)" strokeWidth={1.5} />
            </>
          )}
          <text x={Math.max(x(b.percent), x(b.high)) + 6} y={mid(i)} dy="0.35em" className="svg-text">{b.percent.toFixed(0)}%</text>
        </g>
      ))}
      <line x1={x(100)} x2={x(100)} y1={margin.top - 4} y2={height - margin.bottom} stroke="var(--fg)" strokeDasharray="4 3" />
    </svg>
  );
}
