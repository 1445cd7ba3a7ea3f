import { useMemo, useState } from 'react';
import {
  COMPLEXITY_LEVELS,
  FIG1_FAMILIES,
  TABLE8,
  accuracySpeedPoints,
  table8Id,
  table8Row,
  type ComplexityLevel,
  type NetworkFamily,
  type Platform,
  type Table8Row,
} from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { LineChart, type LineSeries } from '../charts/LineChart';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { LevelRows } from './LevelRows';
import styles from './Results.module.css';

const { 'fig1-platform': platformParam, 'fig1-level': levelParam, 'fig1-compare': compareParam } = URL_STATE.results;

/** The networks whose slowness the paper explains by its guidelines, and the one faster on the GPU. */
const CAVEAT_FAMILIES: readonly NetworkFamily[] = ['MobileNet v1', 'IGCV2', 'IGCV3', 'NASNet-A', 'PNASNet-5'];
const OTHER_FAMILIES: readonly NetworkFamily[] = ['DenseNet'];

const COMPARE_OPTIONS = [
  { value: 'fig1' as const, label: 'the four networks of the paper’s Fig. 1' },
  { value: 'caveats' as const, label: '… and MobileNet v1, IGCV, NAS models, SE' },
  { value: 'all' as const, label: 'every network with a measured speed' },
];

export const PLATFORM_AXIS: Record<Platform, string> = {
  gpu: 'GPU speed, batches/s (GTX 1080Ti) → faster',
  arm: 'ARM speed, images/s (Snapdragon 810) → faster',
};

/** One line per family through its four complexity levels, and the SE variant as a point of its own. */
export function accuracySpeedSeries(
  platform: Platform,
  families: readonly NetworkFamily[],
  withSe: boolean,
): LineSeries[] {
  const series: LineSeries[] = families.map((family, i) => ({
    label: family,
    color: seriesColor(i),
    dashed: i >= FIG1_FAMILIES.length,
    dots: true,
    // slowest (largest) model first, so the line's end label sits by its fastest point at the right
    points: accuracySpeedPoints(family, platform)
      .reverse()
      .map((p) => ({ x: p.speed, y: p.accuracy, id: table8Id(p.row) })),
  }));
  const se = TABLE8.find((r) => r.note === 'with SE');
  if (withSe && se?.[platform] != null) {
    series.push({
      label: 'v2 2× + SE',
      color: seriesColor(0),
      dashed: true,
      dots: true,
      points: [{ x: se[platform]!, y: 100 - se.top1Error, id: table8Id(se) }],
    });
  }
  return series;
}

export function describeRow(r: Table8Row): string {
  const speed = (v: number | null, unit: string) => (v === null ? 'not measured' : `${v} ${unit}`);
  return `${r.model}: ${r.mflops} MFLOPs, top-1 error ${r.top1Error} % (accuracy ${(100 - r.top1Error).toFixed(1)} %), GPU ${speed(r.gpu, 'batches/s')}, ARM ${speed(r.arm, 'images/s')}`;
}

/**
 * The paper's Fig. 1(a)(b) redrawn from Table 8: top-1 accuracy against measured speed, one line per
 * network family through its four complexity levels. Up and to the right is better. Pointing at a
 * dot (or choosing a row below) shows its row of the table.
 */
export function AccuracySpeed() {
  const [platform, setPlatform] = useUrlState(platformParam);
  const [levelKey, setLevelKey] = useUrlState(levelParam);
  const [compare, setCompare] = useUrlState(compareParam);
  const level = Number(levelKey) as ComplexityLevel;
  const families = useMemo(
    () => [
      ...FIG1_FAMILIES,
      ...(compare === 'fig1' ? [] : CAVEAT_FAMILIES),
      ...(compare === 'all' ? OTHER_FAMILIES : []),
    ],
    [compare],
  );
  const series = useMemo(
    () => accuracySpeedSeries(platform, families, compare !== 'fig1'),
    [platform, families, compare],
  );
  const [active, setActive] = useState<string>(() => table8Id(table8Row('ShuffleNet v2', 500)!));
  const activeRow = TABLE8.find((r) => table8Id(r) === active) ?? TABLE8[0];
  const rows = TABLE8.filter(
    (r) => r.level === level && families.includes(r.family) && (r.note !== 'with SE' || compare !== 'fig1'),
  );
  const name = platform === 'gpu' ? 'GPU' : 'ARM';
  return (
    <figure className={styles.figure} data-figure="accuracy-speed" data-platform={platform}>
      <ControlRow>
        <Select
          label="platform"
          value={platform}
          onChange={setPlatform}
          options={[
            { value: 'gpu', label: 'GPU (GTX 1080Ti)' },
            { value: 'arm', label: 'ARM (Snapdragon 810)' },
          ]}
        />
        <Select label="compare" value={compare} onChange={setCompare} options={COMPARE_OPTIONS} />
      </ControlRow>
      <LineChart
        series={series}
        zeroY={false}
        height={320}
        width={640}
        title={`Top-1 accuracy on ImageNet against ${name} speed, from the paper's Table 8: ${series.map((s) => s.label).join(', ')}. Up and right is better.`}
        xLabel={PLATFORM_AXIS[platform]}
        yLabel="top-1 accuracy, %"
        formatY={(v) => `${v}`}
        activePoint={active}
        onPoint={setActive}
      />
      <p className={styles.readout} aria-live="polite" data-readout="">
        {describeRow(activeRow)}
        {activeRow.note === 'our impl.' ? ' (the paper’s own reimplementation)' : ''}.
      </p>
      <ControlRow>
        <Select
          label="rows at"
          value={levelKey}
          onChange={setLevelKey}
          options={COMPLEXITY_LEVELS.map((l) => ({
            value: String(l) as typeof levelKey,
            label: `${l === 500 ? '500+' : `about ${l}`} MFLOPs`,
          }))}
        />
      </ControlRow>
      <LevelRows rows={rows} platform={platform} active={active} onPick={setActive} />
      <figcaption className="output-note">
        Redrawn from the paper&rsquo;s Table 8 (its Fig. 1(a)(b) plots the four networks of the first choice). Each line
        joins a family&rsquo;s models at about 40, 140, 300 and 500+ MFLOPs; the rightmost dot is the smallest model.
        GPU: batch 8; ARM: one thread, batch 1.
      </figcaption>
    </figure>
  );
}
