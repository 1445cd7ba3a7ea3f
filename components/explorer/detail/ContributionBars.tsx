import { formatValue } from '../../../lib/format';
import { colors } from '../../../lib/palette';
import type { WeightedSumExplanation } from '../../../lib/valueComputation';
import { BarChart, type Bar } from '../../charts/BarChart';
import { useElementWidth } from '../../hooks/useElementWidth';
import styles from './Detail.module.css';

/**
 * A weighted sum as a sorted list of bars: the largest terms input × weight one by one (sign on the
 * diverging scale: left and one hue for negative, right and the other for positive), the other
 * terms as one bar, then the bias. On a narrow screen the labels keep only the channel; the
 * factors are listed below the chart.
 */
export function ContributionBars({ e, what }: { e: WeightedSumExplanation; what: 'channel' | 'feature' }) {
  const [ref, width] = useElementWidth<HTMLDivElement>(620, { min: 260, max: 620 });
  const wide = width >= 480;
  const bars: Bar[] = e.shown.map((t) => ({
    label: wide
      ? `${what} ${t.index}: ${formatValue(t.input)} × ${formatValue(t.weight)}`
      : `${what === 'channel' ? 'ch' : 'feat.'} ${t.index}`,
    value: t.product,
    color: t.product < 0 ? colors.negative : colors.positive,
  }));
  if (e.rest.count > 0) bars.push({ label: `${e.rest.count} others`, value: e.rest.sum, color: colors.muted });
  bars.push({ label: 'bias', value: e.bias, color: colors.muted });
  return (
    <div ref={ref}>
      <BarChart
        bars={bars}
        title={`Terms of the weighted sum, largest first (input × weight)`}
        format={formatValue}
        maxWidth={620}
      />
      {!wide && (
        <details className={styles.terms}>
          <summary>Inputs and weights of these {e.shown.length} terms</summary>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{what}</th>
                <th scope="col">input</th>
                <th scope="col">weight</th>
                <th scope="col">product</th>
              </tr>
            </thead>
            <tbody>
              {e.shown.map((t) => (
                <tr key={t.index}>
                  <th scope="row">{t.index}</th>
                  <td>{formatValue(t.input)}</td>
                  <td>{formatValue(t.weight)}</td>
                  <td>{formatValue(t.product)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
