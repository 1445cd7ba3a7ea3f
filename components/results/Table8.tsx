import { COMPLEXITY_LEVELS, TABLE8 } from '../../lib/paperTables';
import { QuotedTable } from '../guidelines/PaperTable';
import styles from './Results.module.css';
import { modelLabel } from '../../lib/paperTablesMessages';
import { useLocale, useMessages } from '../i18n/locale';
import { resultsMessages } from './resultsMessages';

const speed = (v: number | null, digits: number) => (v === null ? '–' : v.toFixed(digits));

/** The paper's Table 8 in full, one click away from the charts drawn from it. */
export function Table8() {
  const locale = useLocale();
  const t = useMessages(resultsMessages);
  return (
    <details className={styles.details} data-table="table8">
      <summary>{t.table8Summary(TABLE8.length)}</summary>
      <QuotedTable label={t.table8Region} source={t.table8Source}>
        <thead>
          <tr>
            <th scope="col">{t.model}</th>
            <th scope="col" className="num nowrap">
              MFLOPs
            </th>
            <th scope="col" className="num nowrap">
              {t.errParen}
            </th>
            <th scope="col" className="num nowrap">
              {t.gpuBatches}
            </th>
            <th scope="col" className="num nowrap">
              {t.armImages}
            </th>
          </tr>
        </thead>
        {COMPLEXITY_LEVELS.map((level) => (
          <tbody key={level}>
            <tr className={styles.levelHead}>
              <th scope="colgroup" colSpan={5}>
                {t.about(level)}
              </th>
            </tr>
            {TABLE8.filter((r) => r.level === level).map((r) => (
              <tr key={r.model}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {modelLabel(r.model, locale)}
                </th>
                <td className="num">{r.mflops}</td>
                <td className="num">{r.top1Error.toFixed(1)}</td>
                <td className="num">{speed(r.gpu, 0)}</td>
                <td className="num">{speed(r.arm, 1)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </QuotedTable>
    </details>
  );
}
