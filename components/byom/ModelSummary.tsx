import type { RecognisedModel } from '../../lib/onnxRecognize';
import { headline, summaryRows } from '../../lib/onnxRecognizeSummary';
import { useLocale, useMessages } from '../i18n/locale';
import { byomMessages } from './byomMessages';
import styles from './Byom.module.css';

/** What was found in the reader's model, read from its graph. */
export function ModelSummary({ model, fileName }: { model: RecognisedModel; fileName: string }) {
  const locale = useLocale();
  const t = useMessages(byomMessages);
  return (
    <section className={styles.summary} aria-labelledby="byom-summary-title">
      <h3 id="byom-summary-title">{headline(model, locale)}</h3>
      <p className="output-note">{t.foundIn(fileName)}</p>
      <div className="table-wrap" role="region" aria-label={t.foundRegion(fileName)} tabIndex={0}>
        <table>
          <tbody>
            {summaryRows(model, locale).map((r, i, rows) => (
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
