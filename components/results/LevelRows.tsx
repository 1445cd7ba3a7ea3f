import type { Platform, Table8Row } from '../../lib/paperTables';
import { table8Id } from '../../lib/paperTables';
import styles from './Results.module.css';

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
  const unit = platform === 'gpu' ? 'GPU, batches/s' : 'ARM, images/s';
  return (
    <div className="table-wrap" role="region" aria-label="Rows of Table 8 at this complexity" tabIndex={0}>
      <table className={styles.rows}>
        <thead>
          <tr>
            <th scope="col">model</th>
            <th scope="col" className="num">
              MFLOPs
            </th>
            <th scope="col" className="num">
              top-1 err. %
            </th>
            <th scope="col" className="num">
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
                    {r.model}
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
