import { formatValue } from '../../../lib/format';
import { colors } from '../../../lib/palette';
import type { WeightedSumExplanation } from '../../../lib/valueComputation';
import { BarChart, type Bar } from '../../charts/BarChart';

/**
 * A weighted sum as a sorted list of bars: the largest terms input × weight one by one (sign on the
 * diverging scale: left and one hue for negative, right and the other for positive), the other
 * terms as one bar, then the bias.
 */
export function ContributionBars({ e, what }: { e: WeightedSumExplanation; what: 'channel' | 'feature' }) {
  const bars: Bar[] = e.shown.map((t) => ({
    label: `${what} ${t.index}: ${formatValue(t.input)} × ${formatValue(t.weight)}`,
    value: t.product,
    color: t.product < 0 ? colors.negative : colors.positive,
  }));
  if (e.rest.count > 0) bars.push({ label: `the other ${e.rest.count} ${what}s`, value: e.rest.sum, color: colors.muted });
  bars.push({ label: 'bias', value: e.bias, color: colors.muted });
  return <BarChart bars={bars} title={`Terms of the weighted sum, largest first (input × weight)`} format={formatValue} maxWidth={620} />;
}
