import type { Platform, Table8Row } from '../../lib/paperTables';
import { table8Id } from '../../lib/paperTables';
import styles from './Results.module.css';
import { modelLabel } from '../../lib/paperTablesMessages';
import { useLocale, useMessages } from '../i18n/locale';
import { resultsMessages } from './resultsMessages';

/**
 * The Table 8 rows of one complexity level, fastest first on the chosen platform. A row's name is a
 * button: choosing it rings its dot in the chart (the keyboard's way to what the pointer does).
 */
export function LevelRows({
  rows,
  platform,
  active,
  onPick,
}: {
  rows: readonly Table8Row[];
  platform: Platform;
  active: string;
  onPick(id: string): void;
}) {
  const sorted = [...rows].sort((a, b) => (b[platform] ?? -1) - (a[platform] ?? -1));
  const locale = useLocale();
  const t = useMessages(resultsMessages);
  const unit = platform === 'gpu' ? t.gpuUnit : t.armUnit;
  return (
    <div className="table-wrap" role="region" aria-label={t.levelRegion} tabIndex={0}>
      <table className={styles.rows}>
        <thead>
          <tr>
            <th scope="col">{t.model}</th>
            <th scope="col" className="num nowrap">
              MFLOPs
            </th>
            <th scope="col" className="num nowrap">
              {t.errShort}
            </th>
            <th scope="col" className="num nowrap">
              {unit}
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => {
            const id = table8Id(r);
            return (
              <tr key={id} data-active={id === active || undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className={styles.rowButton}
                    aria-pressed={id === active}
                    onClick={() => onPick(id)}>
                    {modelLabel(r.model, locale)}
                  </button>
                </th>
                <td className="num">{r.mflops}</td>
                <td className="num">{r.top1Error.toFixed(1)}</td>
                <td className="num">{r[platform] ?? '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
