import { useEffect, useId, useMemo, useState } from 'react';
import {
  EXPERIMENTS,
  SETTING_IDS,
  experimentCosts,
  localExperiment,
  localSetting,
  type ExperimentId,
  type SettingId,
} from '../../lib/labExperiments';
import { formatPercent } from '../../lib/format';
import { noisiest, relativeSpeed, summarizeUserAgent, type RelativeSpeed, type TableRow } from '../../lib/labStats';
import { PAPER_TABLES, paperRelative } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { BarChart } from '../charts/BarChart';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { Toggle } from '../controls/Toggle';
import { CopyTable } from './CopyTable';
import { LabTable } from './LabTable';
import { useLabRunner } from './useLabRunner';
import { useOthersBusy } from './useOthersBusy';
import { FINISHED_EVENT, RUN_EVENT } from './RunAll';
import { useLocale, useMessages } from '../i18n/locale';
import type { Locale } from '../../lib/i18n';
import { labMessages } from './labMessages';
import styles from './BenchmarkLab.module.css';

/** A variant whose middle half of runs reaches across the baseline's 100 % cannot be called faster or slower. */
export function inconclusive(b: { low: number; high: number }, isBaseline: boolean): boolean {
  return !isBaseline && b.low <= 100 && b.high >= 100 && b.high > b.low;
}

/**
 * The reader's speeds and the paper's on one axis: a bar per variant, normalised to the first
 * variant (100 %, dashed), its interquartile range as a whisker, and the paper's GPU (diamond) and
 * ARM (triangle) figures, normalised the same way, as marks on the same row. Before a run the rows
 * and the paper's marks are there and the bars are not. A variant whose whisker spans 100 % is
 * marked "inconclusive" in the chart.
 */
export function SpeedBars({
  labels,
  measured,
  paper,
  title,
}: {
  labels: readonly string[];
  measured: readonly RelativeSpeed[] | null;
  paper: { gpu: readonly number[]; arm: readonly number[] };
  title: string;
}) {
  const t = useMessages(labMessages);
  const highs = [...(measured ?? []).map((b) => b.high), ...paper.gpu, ...paper.arm];
  return (
    <BarChart
      title={title}
      bars={labels.map((label, i) => {
        const m = measured?.[i];
        return {
          label,
          value: m ? m.percent : null,
          range: m && m.high > m.low ? ([m.low, m.high] as const) : undefined,
          color: seriesColor(i === 0 ? 2 : 0),
          note: m && inconclusive(m, i === 0) ? t.inconclusive : undefined,
          marks: [
            { value: paper.gpu[i], label: t.paperGpu, shape: 'diamond' as const, color: seriesColor(1) },
            { value: paper.arm[i], label: t.paperArm, shape: 'triangle' as const, color: seriesColor(3) },
          ],
        };
      })}
      format={(v) => formatPercent(v / 100, 0)}
      reference={{ value: 100 }}
      domain={[0, Math.max(120, ...highs) * 1.04]}
      axis={{
        format: (t) => `${t}%`,
        label: t.axisLabel,
        shortLabel: t.axisShort,
      }}
      maxWidth={640}
    />
  );
}

const { 'lab-setting': settingParam, 'lab-fusion': fusionParam } = URL_STATE['benchmark-lab'];
const settingOptions = (locale: Locale) =>
  SETTING_IDS.map((id) => {
    const s = localSetting(id, locale);
    return { value: id, label: labMessages[locale].settingOption(s.label, s.size, s.runs) };
  });

interface Device {
  browser: string;
  cores: number | null;
}

function describeSetting(id: SettingId, locale: Locale): string {
  const s = localSetting(id, locale);
  return labMessages[locale].describeSetting(s.label, s.size, s.warmup, s.runs);
}

/**
 * One guideline experiment, run in the reader's browser: controls, progress with Cancel, the
 * reader's normalised speeds beside the paper's (GPU and ARM, normalised the same way), the cost
 * table and a copyable table.
 */
export function BenchmarkLab({ experiment }: { experiment: ExperimentId }) {
  const locale = useLocale();
  const t = useMessages(labMessages);
  const spec = localExperiment(experiment, locale);
  // A variant's name in this edition, from the (English) name the worker reports.
  const localLabel = (label: string) =>
    spec.variants[EXPERIMENTS[experiment].variants.findIndex((v) => v.label === label)]?.label ?? label;
  const [setting, setSetting] = useUrlState(settingParam);
  const [fusion, setFusion] = useUrlState(fusionParam);
  const { state, start, cancel, release } = useLabRunner();
  const busy = state.status === 'running' || state.status === 'cancelling';
  const othersBusy = useOthersBusy(useId(), busy);
  // Only one runtime at a time: when another cell starts measuring, this cell's idle worker goes.
  useEffect(() => {
    if (othersBusy) release();
  }, [othersBusy, release]);
  // "Run all four" asks this cell to run; when its run ends, it says so, and the next cell starts.
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    const onRun = (event: Event) => {
      if ((event as CustomEvent<{ experiment: string }>).detail?.experiment !== experiment) return;
      setAsked(true);
      start(experiment, setting, fusion);
    };
    window.addEventListener(RUN_EVENT, onRun);
    return () => window.removeEventListener(RUN_EVENT, onRun);
  }, [experiment, setting, fusion, start]);
  useEffect(() => {
    if (!asked || state.status === 'running' || state.status === 'cancelling') return;
    setAsked(false);
    window.dispatchEvent(
      new CustomEvent(FINISHED_EVENT, { detail: { experiment, completed: state.status === 'done' } }),
    );
  }, [asked, state.status, experiment]);
  const [device, setDevice] = useState<Device | null>(null);
  useEffect(() => {
    setDevice({
      browser: summarizeUserAgent(navigator.userAgent, locale),
      cores: navigator.hardwareConcurrency || null,
    });
  }, [locale]);

  const result = state.result;
  const costs = useMemo(
    () => experimentCosts(experiment, result?.size ?? localSetting(setting).size, locale),
    [experiment, result?.size, setting, locale],
  );

  const environment = device ? t.environment(device.browser, device.cores ?? 0) : t.yourBrowser;
  const rows: TableRow[] = result
    ? result.variants.map((v) => ({
        variant: localLabel(v.label),
        detail: spec.variants.find((s) => s.id === v.id)?.detail ?? v.detail,
        flops: v.flops,
        mac: v.mac,
        summary: v.summary,
        relative: relativeSpeed(result.variants[0].summary, v.summary),
      }))
    : [];
  const paper = useMemo(
    () => ({
      gpu: paperRelative(PAPER_TABLES[experiment], 'gpu'),
      arm: paperRelative(PAPER_TABLES[experiment], 'arm'),
    }),
    [experiment],
  );
  const noise = result ? noisiest(result.variants) : null;
  const resultSetting = result ? t.resultSetting(describeSetting(result.setting, locale), result.optimize) : '';

  const progress = state.progress;
  const progressText =
    state.status === 'cancelling'
      ? t.cancelling
      : progress
        ? t.progress(progress.phase, localLabel(progress.variant), progress.done, progress.total)
        : t.loadingRuntime;

  return (
    <div className={styles.lab} data-experiment={experiment} data-status={state.status}>
      <ControlRow>
        <Select
          label={t.setting}
          value={setting}
          onChange={setSetting}
          options={settingOptions(locale)}
          disabled={busy}
        />
        <Toggle label={t.fusion} checked={fusion} onChange={setFusion} disabled={busy} />
        <button
          type="button"
          className="btn"
          onClick={() => start(experiment, setting, fusion)}
          disabled={busy || othersBusy}>
          {result ? t.runAgain : t.run(spec.guideline)}
        </button>
        <button type="button" className="btn" onClick={cancel} disabled={state.status !== 'running'}>
          {t.cancel}
        </button>
      </ControlRow>
      <div aria-live="polite">
        {busy && (
          <div className={styles.progress}>
            <progress
              max={progress?.total ?? 1}
              value={progress?.done ?? 0}
              aria-label={t.progressOf(spec.guideline)}
            />
            <span className="output-note">{progressText}</span>
          </div>
        )}
        {othersBusy && !busy && <p className="output-note">{t.othersBusy}</p>}
        {state.status === 'cancelled' && <p className="output-note">{t.cancelled}</p>}
        {state.status === 'error' && <p className="error-note">{state.error}</p>}
      </div>

      <div className={styles.chart} data-lab-chart="">
        <SpeedBars
          labels={spec.variants.map((v) => v.label)}
          measured={result ? rows.map((r) => r.relative) : null}
          paper={paper}
          title={t.chartTitle(
            spec.guideline,
            spec.variants[0].label,
            Boolean(result),
            PAPER_TABLES[experiment].columns.gpu[0],
          )}
        />
        <p className="output-note">
          <span className={styles.key}>
            <svg width="12" height="12" aria-hidden="true">
              <path d="M6,0L12,6L6,12L0,6Z" fill={seriesColor(1)} />
            </svg>{' '}
            {t.keyGpu}
          </span>{' '}
          <span className={styles.key}>
            <svg width="13" height="12" aria-hidden="true">
              <path d="M6.5,0L13,12H0Z" fill={seriesColor(3)} />
            </svg>{' '}
            {t.keyArm}
          </span>{' '}
          {result
            ? t.barsDone(resultSetting, result.runs, environment)
            : busy
              ? t.measuring(spec.variants.length)
              : t.barsLater(describeSetting(setting, locale))}
        </p>
        {noise?.noisy && (
          <p className={styles.warn}>
            {t.noisy(result?.runs ?? 0, localLabel(noise.label), (noise.spread * 100).toFixed(0))}
          </p>
        )}
        <p className="output-note">{t.paperSays(spec.paperFinding.gpu, spec.paperFinding.arm)}</p>
      </div>

      <LabTable costs={costs} result={result} paper={paper} caption={t.tableCaption(spec.guideline, Boolean(result))} />
      {result && (
        <CopyTable
          meta={{ title: t.copyTitle(spec.guideline, spec.title), setting: resultSetting, environment }}
          rows={rows}
        />
      )}
    </div>
  );
}
