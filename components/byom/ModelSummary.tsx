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
            {summaryRows(model).map((r, i, rows) => (
              <tr key={`${r.label}-${i}`}>
                {/* a continued row (the second stage, …) repeats its label for screen readers only */}
                <th scope="row">
                  {r.label || (
                    <span className="visually-hidden">
                      {
                        rows
                          .slice(0, i)
                          .filter((p) => p.label)
                          .pop()?.label
                      }
                    </span>
                  )}
                </th>
                <td>{r.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
