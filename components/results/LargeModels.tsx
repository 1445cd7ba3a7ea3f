import { TABLE6 } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import styles from './Results.module.css';
import { useMessages } from '../i18n/locale';
import { resultsMessages } from './resultsMessages';

/** Table 6 as bars of top-1 error (shorter is better), the FLOPs in each label; ShuffleNet v2's rows in the first series colour. */
export function LargeModels() {
  const t = useMessages(resultsMessages);
  return (
    <figure className={styles.figure} data-figure="table6">
      <BarChart
        title={t.table6Title}
        bars={TABLE6.map((r) => ({
          label: `${r.model.replace(' (our impl.)', '').replace(' (with residual)', '')}, ${r.gflops} G`,
          value: r.top1Error,
          color: r.model.includes('ShuffleNet v2') ? seriesColor(0) : seriesColor(2),
          emphasis: r.model.includes('ShuffleNet v2'),
        }))}
        format={(v) => `${v} %`}
        axis={{ format: (v) => `${v}%`, label: t.errorAxis, shortLabel: t.errorAxisShort }}
        domain={[0, 26]}
        maxWidth={620}
      />
      <figcaption className="output-note">{t.table6Caption}</figcaption>
    </figure>
  );
}
