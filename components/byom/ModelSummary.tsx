import type { RecognisedModel } from '../../lib/onnxRecognize';
import { headline, summaryRows } from '../../lib/onnxRecognizeSummary';
import styles from './Byom.module.css';

/** What was found in the reader's model, read from its graph. */
export function ModelSummary({ model, fileName }: { model: RecognisedModel; fileName: string }) {
  return (
    <section className={styles.summary} aria-labelledby="byom-summary-title">
      <h3 id="byom-summary-title">{headline(model)}</h3>
      <p className="output-note">Found in “{fileName}”, every unit recognised:</p>
      <div className="table-wrap" role="region" aria-label={`What was found in ${fileName}`} tabIndex={0}>
        <table>
          <tbody>
            {summaryRows(model).map((r, i) => (
              <tr key={`${r.label}-${i}`}>
                <th scope="row">{r.label}</th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
