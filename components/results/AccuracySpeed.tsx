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
import type { Locale } from '../../lib/i18n';
import { modelLabel } from '../../lib/paperTablesMessages';
import { useLocale, useMessages } from '../i18n/locale';
import { resultsMessages } from './resultsMessages';

const { 'fig1-platform': platformParam, 'fig1-level': levelParam, 'fig1-compare': compareParam } = URL_STATE.results;

/** The networks whose slowness the paper explains by its guidelines, and the one faster on the GPU. */
const CAVEAT_FAMILIES: readonly NetworkFamily[] = ['MobileNet v1', 'IGCV2', 'IGCV3', 'NASNet-A', 'PNASNet-5'];
const OTHER_FAMILIES: readonly NetworkFamily[] = ['DenseNet'];

const compareOptions = (t: (typeof resultsMessages)[Locale]) => [
  { value: 'fig1' as const, label: t.compareFig1 },
  { value: 'caveats' as const, label: t.compareCaveats },
  { value: 'all' as const, label: t.compareAll },
];

const PLATFORM_AXIS = { gpu: 'gpuAxis', arm: 'armAxis' } as const satisfies Record<Platform, string>;

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

export function describeRow(r: Table8Row, locale: Locale = 'en'): string {
  const t = resultsMessages[locale];
  const speed = (v: number | null, unit: string) => (v === null ? t.notMeasured : `${v} ${unit}`);
  return t.describeRow(
    modelLabel(r.model, locale),
    r.mflops,
    r.top1Error,
    (100 - r.top1Error).toFixed(1),
    speed(r.gpu, t.batchesPerS),
    speed(r.arm, t.imagesPerS),
  );
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
  const locale = useLocale();
  const t = useMessages(resultsMessages);
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
          label={t.platform}
          value={platform}
          onChange={setPlatform}
          options={[
            { value: 'gpu', label: t.gpuOption },
            { value: 'arm', label: t.armOption },
          ]}
        />
        <Select label={t.compare} value={compare} onChange={setCompare} options={compareOptions(t)} />
      </ControlRow>
      <LineChart
        series={series}
        zeroY={false}
        height={320}
        width={640}
        title={t.fig1Title(name, series.map((s) => s.label).join(t.listSep))}
        xLabel={t[PLATFORM_AXIS[platform]]}
        yLabel={t.accuracyAxis}
        formatY={(v) => `${v}`}
        activePoint={active}
        onPoint={setActive}
      />
      <p className={styles.readout} aria-live="polite" data-readout="">
        {describeRow(activeRow, locale)}
        {activeRow.note === 'our impl.' ? t.ownImpl : ''}
        {t.end}
      </p>
      <ControlRow>
        <Select
          label={t.rowsAt}
          value={levelKey}
          onChange={setLevelKey}
          options={COMPLEXITY_LEVELS.map((l) => ({
            value: String(l) as typeof levelKey,
            label: t.levelOption(l),
          }))}
        />
      </ControlRow>
      <LevelRows rows={rows} platform={platform} active={active} onPick={setActive} />
      <figcaption className="output-note">{t.fig1Caption}</figcaption>
    </figure>
  );
}
