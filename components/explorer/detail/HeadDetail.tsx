import { formatProbability, formatValue } from '../../../lib/format';
import type { MeanExplanation, SoftmaxExplanation } from '../../../lib/valueComputation';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

/** Global average pooling: one channel's mean. */
export function MeanDetail({ e }: { e: MeanExplanation }) {
  const n = e.height * e.width;
  const t = useMessages(detailMessages);
  return (
    <p className={styles.formula} data-detail-kind="mean">
      {t.meanOf(e.position.channel, e.inputName, e.height, e.width, n, formatValue(e.sum), formatValue(e.value))}
    </p>
  );
}

/** Softmax of one class: its exponentiated score over the sum of all of them. */
export function SoftmaxDetail({ e, classes }: { e: SoftmaxExplanation; classes: readonly string[] }) {
  const k = e.position.channel;
  const t = useMessages(detailMessages);
  return (
    <div data-detail-kind="softmax">
      <p className={styles.formula}>
        p({classes[k]}) = e
        <sup>
          z<sub>{k}</sub> − m
        </sup>{' '}
        / Σ<sub>j</sub> e
        <sup>
          z<sub>j</sub> − m
        </sup>{' '}
        = {formatValue(e.exps[k])} / {formatValue(e.expSum)} = {formatProbability(e.value, true)}
      </p>
      <table className={styles.table}>
        <caption>
          {t.softmaxCaption1}
          <i>z</i>
          {t.softmaxCaption2}
          <sup>
            <i>z</i> − <i>m</i>
          </sup>
          {t.softmaxCaption3}
          <i>m</i>
          {t.softmaxCaption4(formatValue(e.max))}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.classHeader}</th>
            <th scope="col">z</th>
            <th scope="col">e^(z − m)</th>
          </tr>
        </thead>
        <tbody>
          {e.logits.map((z, j) => (
            <tr key={j} aria-current={j === k ? 'true' : undefined}>
              <th scope="row">{classes[j]}</th>
              <td>{formatValue(z)}</td>
              <td>{formatValue(e.exps[j])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
