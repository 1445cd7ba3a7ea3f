import { resultsView, type TwinResults } from '../../lib/twins';
import { seriesColor } from '../../lib/palette';
import { formatPercent } from '../../lib/format';
import { useElementWidth } from '../hooks/useElementWidth';
import { useLocale, useMessages } from '../i18n/locale';
import { experimentsMessages } from './experimentsMessages';

/**
 * Test accuracy of every twin: a line over mean ± one standard deviation across seeds, a tick at
 * the mean, every seed's run as a dot, the figures written beside each row, and the baseline's
 * mean as a dashed line through all rows. React draws the SVG, lib/twins.ts lays it out with d3.
 */
export function TwinsResultsChart({ results, width: fixedWidth }: { results: TwinResults; width?: number }) {
  const [ref, measured] = useElementWidth<HTMLDivElement>(680, { min: 300, max: 680 });
  const locale = useLocale();
  const t = useMessages(experimentsMessages);
  const view = resultsView(results, fixedWidth ?? measured, locale);
  const summary = view.rows.map((r) => `${r.label}: ${r.text}`).join('; ');
  return (
    <div ref={ref}>
      <svg
        viewBox={`0 0 ${view.width} ${view.height}`}
        width={view.width}
        height={view.height}
        role="img"
        data-figure="twins-results"
        aria-label={t.chartLabel(summary)}>
        {view.baselineX !== null && (
          <g>
            <line
              x1={view.baselineX}
              x2={view.baselineX}
              y1={view.compact ? 4 : 2}
              y2={view.axisY}
              stroke={seriesColor(0)}
              strokeDasharray="4 3"
            />
          </g>
        )}
        {view.rows.map((row) => {
          const color = seriesColor(row.series);
          return (
            <g key={row.variant} data-variant={row.variant}>
              {view.compact ? (
                <text x={view.left - 14} y={row.y - 14} className="svg-text">
                  <tspan fontWeight={600}>{row.label}</tspan> <tspan className="svg-text-soft">{row.text}</tspan>
                </text>
              ) : (
                <>
                  <text x={view.left - 12} y={row.y} dy="0.35em" textAnchor="end" className="svg-text" fontWeight={600}>
                    {row.label}
                  </text>
                  <text x={view.width - view.right + 12} y={row.y} dy="0.35em" className="svg-text-soft">
                    {row.text}
                  </text>
                </>
              )}
              <line
                x1={row.lowX}
                x2={row.highX}
                y1={row.y}
                y2={row.y}
                stroke={color}
                strokeWidth={3}
                strokeLinecap="round"
              />
              <line x1={row.meanX} x2={row.meanX} y1={row.y - 9} y2={row.y + 9} stroke={color} strokeWidth={3} />
              {row.points.map((s) => (
                <circle key={s.run} cx={s.x} cy={row.y} r={4.5} fill="var(--bg)" stroke={color} strokeWidth={2}>
                  <title>{t.runPoint(row.label, s.run + 1, formatPercent(s.accuracy, 2))}</title>
                </circle>
              ))}
            </g>
          );
        })}
        <g>
          <line x1={view.left} x2={view.width - view.right} y1={view.axisY} y2={view.axisY} stroke="var(--fg-soft)" />
          {view.ticks.map((t) => (
            <g key={t.label}>
              <line x1={t.x} x2={t.x} y1={view.axisY} y2={view.axisY + 5} stroke="var(--fg-soft)" />
              <text x={t.x} y={view.axisY + 18} textAnchor="middle" className="svg-text-soft">
                {t.label}
              </text>
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
