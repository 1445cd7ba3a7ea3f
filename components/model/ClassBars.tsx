import { scaleBand, scaleLinear } from 'd3';
import { colors } from '../../lib/palette';

interface ClassBarsProps {
  values: readonly number[];
  classes: readonly string[];
  /** accessible title, e.g. "Class probabilities" */
  title: string;
  format(v: number): string;
  /** the predicted class, drawn in the head colour */
  predicted: number;
  /** the true label of a gallery sample, marked with "(true)" */
  trueLabel?: number | null;
  /** x range; defaults to the values' range including 0 (logits can be negative) */
  domain?: [number, number];
  width?: number;
}

/** One bar per class, from zero (so negative logits go left). React draws, d3 computes the scales. */
export function ClassBars({ values, classes, title, format, predicted, trueLabel, domain, width = 520 }: ClassBarsProps) {
  const row = 24;
  const margin = { top: 4, right: 64, bottom: 4, left: 128 };
  const height = margin.top + margin.bottom + row * values.length;
  const lo = domain?.[0] ?? Math.min(0, ...values);
  const hi = domain?.[1] ?? Math.max(0, ...values);
  const x = scaleLinear().domain([lo, hi === lo ? lo + 1 : hi]).range([margin.left, width - margin.right]);
  const y = scaleBand<number>().domain(values.map((_, i) => i)).range([margin.top, height - margin.bottom]).padding(0.2);
  const summary = values.map((v, i) => `${classes[i]}: ${format(v)}`).join('; ');
  return (
    <svg viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }} role="img" aria-label={`${title}. ${summary}. Highest: ${classes[predicted]}.`}>
      <line x1={x(0)} x2={x(0)} y1={margin.top} y2={height - margin.bottom} stroke="var(--fg-soft)" />
      {values.map((v, i) => {
        const x0 = Math.min(x(0), x(v)), x1 = Math.max(x(0), x(v));
        const cy = (y(i) ?? 0) + y.bandwidth() / 2;
        return (
          <g key={i} data-class={i}>
            <text x={margin.left - 8} y={cy} dy="0.35em" textAnchor="end" className="svg-text" fontWeight={i === predicted ? 700 : 400}>
              {classes[i]}{i === trueLabel ? ' (true)' : ''}
            </text>
            <rect x={x0} y={y(i)} width={Math.max(x1 - x0, 0.5)} height={y.bandwidth()} rx={2} fill={i === predicted ? colors.head : colors.muted} />
            <text x={Math.max(x(v), x(0)) + 5} y={cy} dy="0.35em" className="svg-text">{format(v)}</text>
          </g>
        );
      })}
    </svg>
  );
}
