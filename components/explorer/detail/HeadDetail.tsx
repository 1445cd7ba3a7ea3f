import { formatProbability, formatValue } from '../../../lib/format';
import type { MeanExplanation, SoftmaxExplanation } from '../../../lib/valueComputation';
import styles from './Detail.module.css';

/** Global average pooling: one channel's mean. */
export function MeanDetail({ e }: { e: MeanExplanation }) {
  const n = e.height * e.width;
  return (
    <p className={styles.formula} data-detail-kind="mean">
      mean of channel {e.position.channel} of {e.inputName} = (sum of its {e.height}×{e.width} = {n} values) / {n} ={' '}
      {formatValue(e.sum)} / {n} = {formatValue(e.value)}
    </p>
  );
}

/** Softmax of one class: its exponentiated score over the sum of all of them. */
export function SoftmaxDetail({ e, classes }: { e: SoftmaxExplanation; classes: readonly string[] }) {
  const k = e.position.channel;
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
          Every class’s logit <i>z</i> and e
          <sup>
            <i>z</i> − <i>m</i>
          </sup>
          , with <i>m</i> = {formatValue(e.max)} the largest logit
        </caption>
        <thead>
          <tr>
            <th scope="col">class</th>
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
