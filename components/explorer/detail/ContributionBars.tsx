import { formatValue } from '../../../lib/format';
import { colors } from '../../../lib/palette';
import type { WeightedSumExplanation } from '../../../lib/valueComputation';
import { BarChart, type Bar } from '../../charts/BarChart';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
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
  const t = useMessages(detailMessages);
  const whatWord = what === 'channel' ? t.channel.toLowerCase() : t.feature;
  const bars: Bar[] = e.shown.map((term) => ({
    label: wide
      ? t.termLabel(whatWord, term.index, formatValue(term.input), formatValue(term.weight))
      : what === 'channel'
        ? t.shortChannel(term.index)
        : t.shortFeature(term.index),
    value: term.product,
    color: term.product < 0 ? colors.negative : colors.positive,
  }));
  if (e.rest.count > 0) bars.push({ label: t.others(e.rest.count), value: e.rest.sum, color: colors.muted });
  bars.push({ label: t.bias, value: e.bias, color: colors.muted });
  return (
    <div ref={ref}>
      <BarChart bars={bars} title={t.termsTitle} format={formatValue} maxWidth={620} />
      {!wide && (
        <details className={styles.terms}>
          <summary>{t.termsSummary(e.shown.length)}</summary>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{whatWord}</th>
                <th scope="col">{t.input}</th>
                <th scope="col">{t.weight}</th>
                <th scope="col">{t.product}</th>
              </tr>
            </thead>
            <tbody>
              {e.shown.map((term) => (
                <tr key={term.index}>
                  <th scope="row">{term.index}</th>
                  <td>{formatValue(term.input)}</td>
                  <td>{formatValue(term.weight)}</td>
                  <td>{formatValue(term.product)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
