import { TORCHVISION_WEIGHTS, table8Row } from '../../lib/paperTables';
import { torchvisionOrigin } from '../../lib/paperTablesMessages';
import { seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import styles from './Results.module.css';
import { useLocale, useMessages } from '../i18n/locale';
import { resultsMessages } from './resultsMessages';

/** torchvision's four pretrained widths as bars, the paper's accuracy for the same width as a mark on each. */
export function Pretrained() {
  const locale = useLocale();
  const t = useMessages(resultsMessages);
  return (
    <figure className={styles.figure} data-figure="torchvision">
      <BarChart
        title={t.pretrainedTitle}
        bars={TORCHVISION_WEIGHTS.map((w) => ({
          label: `${w.width}${w.origin === 'new-recipe' ? t.retrained : ''}`,
          value: w.top1,
          color: w.origin === 'ported' ? seriesColor(0) : seriesColor(1),
          marks: [{ value: 100 - table8Row('ShuffleNet v2', w.level)!.top1Error, label: t.paper, color: 'var(--fg)' }],
        }))}
        format={(v) => `${v.toFixed(1)} %`}
        domain={[50, 80]}
        axis={{
          format: (v) => `${v}%`,
          label: t.pretrainedAxis,
          shortLabel: t.accuracyAxis,
        }}
        maxWidth={560}
      />
      <figcaption className="output-note">
        {t.pretrainedCaption(torchvisionOrigin('ported', locale), torchvisionOrigin('new-recipe', locale))}
      </figcaption>
    </figure>
  );
}
