import type { ReactNode } from 'react';
import { PAPER_TABLES, paperRelative, table8Row } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { shufflePermutation } from '../../lib/shuffle';
import { fromUnitSpec, fromV1Spec } from '../../lib/unitDiagram';
import { basicUnit, downUnit } from '../../lib/units';
import { v1Unit } from '../../lib/v1';
import { BarChart } from '../charts/BarChart';
import { LineChart } from '../charts/LineChart';
import { UnitDiagram } from '../diagram/UnitDiagram';
import { PermutationDiagram } from '../shuffle/PermutationDiagram';
import { accuracySpeedSeries } from '../results/AccuracySpeed';
import styles from './Home.module.css';

const relativeBars = (experiment: 'g1' | 'g2', platform: 'gpu' | 'arm') =>
  PAPER_TABLES[experiment].rows.map((r, i) => ({
    label: r.label,
    value: paperRelative(PAPER_TABLES[experiment], platform)[i],
    color: seriesColor(i === 0 ? 2 : 0),
  }));

/**
 * Each chapter's key figure, drawn small by the book's own components from its own data (no
 * screenshots): the picture on the chapter's card. Decorative there (the card's title and summary
 * say what the chapter is), so hidden from assistive technology.
 */
const THUMBS: Record<string, () => ReactNode> = {
  'why-shufflenet-v2': () => {
    const [v2, m1] = [table8Row('ShuffleNet v2', 140)!, table8Row('ShuffleNet v1', 140)!];
    return (
      <BarChart
        title="Same FLOPs, different speed"
        minWidth={200}
        maxWidth={300}
        bars={[
          { label: `V2 ${v2.mflops}M`, value: v2.gpu!, color: seriesColor(0) },
          { label: `V1 ${m1.mflops}M`, value: m1.gpu!, color: seriesColor(1) },
        ]}
      />
    );
  },
  guidelines: () => (
    <BarChart
      title="Table 2"
      minWidth={200}
      maxWidth={300}
      bars={relativeBars('g2', 'gpu')}
      format={(v) => `${Math.round(v)}%`}
    />
  ),
  'channel-split': () => <UnitDiagram model={fromUnitSpec(basicUnit(8, 4, 4))} badges={false} />,
  'channel-shuffle': () => (
    <PermutationDiagram
      channels={8}
      groups={2}
      stages={[{ perm: shufflePermutation(8, 2), label: 'shuffle' }]}
      rowLabels={['', '']}
      title="Channel shuffle"
    />
  ),
  'basic-unit': () => <UnitDiagram model={fromUnitSpec(basicUnit(116, 28, 28))} badges={false} />,
  'downsampling-unit': () => <UnitDiagram model={fromUnitSpec(downUnit(116, 232, 28, 28))} badges={false} />,
  'v1-vs-v2': () => (
    <UnitDiagram
      model={fromV1Spec(v1Unit({ c: 240, h: 28, w: 28, groups: 3, stride: 1, bottleneckRatio: 0.25 }))}
      badges={false}
    />
  ),
  'benchmark-lab': () => (
    <BarChart
      title="Table 1"
      minWidth={200}
      maxWidth={300}
      bars={relativeBars('g1', 'arm')}
      format={(v) => `${Math.round(v)}%`}
    />
  ),
  results: () => (
    <LineChart
      series={accuracySpeedSeries('gpu', ['ShuffleNet v2', 'MobileNet v2'], false)}
      zeroY={false}
      title="Accuracy against speed"
      xLabel=""
      yLabel=""
      width={300}
      height={150}
    />
  ),
};

export function ChapterThumb({ slug }: { slug: string }) {
  const thumb = THUMBS[slug];
  if (!thumb) return null;
  return (
    <div className={styles.thumb} aria-hidden="true" data-thumb={slug}>
      {thumb()}
    </div>
  );
}
