import { TABLE6 } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import styles from './Results.module.css';

/** Table 6 as bars of top-1 error (shorter is better), the FLOPs in each label; ShuffleNet v2's rows in the first series colour. */
export function LargeModels() {
  return (
    <figure className={styles.figure} data-figure="table6">
      <BarChart
        title="The paper's Table 6: ImageNet top-1 error of large models (lower is better)"
        bars={TABLE6.map((r) => ({
          label: `${r.model.replace(' (our impl.)', '').replace(' (with residual)', '')}, ${r.gflops} G`,
          value: r.top1Error,
          color: r.model.includes('ShuffleNet v2') ? seriesColor(0) : seriesColor(2),
          emphasis: r.model.includes('ShuffleNet v2'),
        }))}
        format={(v) => `${v} %`}
        axis={{ format: (t) => `${t}%`, label: 'top-1 error, % (lower is better)', shortLabel: 'top-1 error, %' }}
        domain={[0, 26]}
        maxWidth={620}
      />
      <figcaption className="output-note">
        Source: Ma et al. 2018, Table 6. FLOPs in GFLOPs after each name. SE-ShuffleNet v2-164 adds
        squeeze-and-excitation and a residual path to every unit; ShuffleNet v1-50 is the paper&rsquo;s
        reimplementation.
      </figcaption>
    </figure>
  );
}
