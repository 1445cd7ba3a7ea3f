import { TORCHVISION_ORIGIN, TORCHVISION_WEIGHTS, table8Row } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import styles from './Results.module.css';

/** torchvision's four pretrained widths as bars, the paper's accuracy for the same width as a mark on each. */
export function Pretrained() {
  return (
    <figure className={styles.figure} data-figure="torchvision">
      <BarChart
        title="Top-1 accuracy of torchvision's pretrained ShuffleNetV2 (bars) and of the paper's models (diamonds)"
        bars={TORCHVISION_WEIGHTS.map((w) => ({
          label: `${w.width}${w.origin === 'new-recipe' ? ' (retrained)' : ''}`,
          value: w.top1,
          color: w.origin === 'ported' ? seriesColor(0) : seriesColor(1),
          marks: [{ value: 100 - table8Row('ShuffleNet v2', w.level)!.top1Error, label: 'paper', color: 'var(--fg)' }],
        }))}
        format={(v) => `${v.toFixed(1)} %`}
        domain={[50, 80]}
        axis={{
          format: (t) => `${t}%`,
          label: 'top-1 accuracy on ImageNet val, % (axis from 50 %)',
          shortLabel: 'top-1 accuracy, %',
        }}
        maxWidth={560}
      />
      <figcaption className="output-note">
        Bars: torchvision&rsquo;s IMAGENET1K_V1 weights. Diamonds: the paper&rsquo;s Table 8 (100 % minus its top-1
        error). 0.5× and 1×: {TORCHVISION_ORIGIN.ported}. 1.5× and 2×: {TORCHVISION_ORIGIN['new-recipe']}.
      </figcaption>
    </figure>
  );
}
