import { useEffect, useId, useMemo, useState } from 'react';
import { EXPERIMENTS, SETTINGS, SETTING_IDS, experimentCosts, type ExperimentId, type SettingId } from '../../lib/labExperiments';
import { formatPercent } from '../../lib/format';
import { noisiest, relativeSpeed, summarizeUserAgent, type RelativeSpeed, type TableRow } from '../../lib/labStats';
import { PAPER_TABLES, paperRelative, type Platform } from '../../lib/paperTables';
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
import styles from './BenchmarkLab.module.css';

/**
 * Speeds normalised to the first variant (100 %, the dashed line), with each variant's interquartile
 * range as a whisker when there is one. The first variant is the baseline, so it has the neutral colour.
 */
function SpeedBars({ bars, title }: { bars: (RelativeSpeed & { label: string })[]; title: string }) {
  return (
    <BarChart
      title={title}
      bars={bars.map((b, i) => ({ label: b.label, value: b.percent, range: b.high > b.low ? [b.low, b.high] : undefined, color: seriesColor(i === 0 ? 2 : 0) }))}
      format={(v) => formatPercent(v / 100, 0)}
      reference={{ value: 100 }}
      domain={[0, Math.max(120, ...bars.map((b) => b.high)) * 1.04]}
      axis={{ format: (t) => `${t}%`, label: 'speed relative to the first variant (higher is faster)', shortLabel: 'speed vs the first variant' }}
      maxWidth={640}
    />
  );
}

const { 'lab-setting': settingParam, 'lab-fusion': fusionParam } = URL_STATE['benchmark-lab'];
const SETTING_OPTIONS = SETTING_IDS.map((id) => ({ value: id, label: `${SETTINGS[id].label} (${SETTINGS[id].size}×${SETTINGS[id].size}, ${SETTINGS[id].runs} runs)` }));

interface Device {
  browser: string;
  cores: number | null;
}

function describeSetting(id: SettingId): string {
  const s = SETTINGS[id];
  return `${s.label}: ${s.size}×${s.size} feature maps, ${s.warmup} warm-up + ${s.runs} timed runs per variant`;
}

/**
 * One guideline experiment, run in the reader's browser: controls, progress with Cancel, the
 * reader's normalised speeds beside the paper's (GPU and ARM, normalised the same way), the cost
 * table and a copyable table.
 */
export function BenchmarkLab({ experiment }: { experiment: ExperimentId }) {
  const spec = EXPERIMENTS[experiment];
  const [setting, setSetting] = useUrlState(settingParam);
  const [fusion, setFusion] = useUrlState(fusionParam);
  const { state, start, cancel, release } = useLabRunner();
  const busy = state.status === 'running' || state.status === 'cancelling';
  const othersBusy = useOthersBusy(useId(), busy);
  // Only one runtime at a time: when another cell starts measuring, this cell's idle worker goes.
  useEffect(() => {
    if (othersBusy) release();
  }, [othersBusy, release]);
  const [device, setDevice] = useState<Device | null>(null);
  useEffect(() => {
    setDevice({ browser: summarizeUserAgent(navigator.userAgent), cores: navigator.hardwareConcurrency || null });
  }, []);

  const result = state.result;
  const costs = useMemo(() => experimentCosts(experiment, result?.size ?? SETTINGS[setting].size), [experiment, result?.size, setting]);

  const environment = device
    ? `${device.browser}; onnxruntime-web (wasm), 1 thread; ${device.cores ? `${device.cores} logical cores reported` : 'core count not reported'}`
    : 'your browser';
  const rows: TableRow[] = result
    ? result.variants.map((v) => ({
        variant: v.label,
        detail: v.detail,
        flops: v.flops,
        mac: v.mac,
        summary: v.summary,
        relative: relativeSpeed(result.variants[0].summary, v.summary),
      }))
    : [];
  const paper = useMemo(() => ({ gpu: paperRelative(PAPER_TABLES[experiment], 'gpu'), arm: paperRelative(PAPER_TABLES[experiment], 'arm') }), [experiment]);
  const noise = result ? noisiest(result.variants) : null;
  const resultSetting = result ? `${describeSetting(result.setting)}; operator fusion ${result.optimize ? 'on' : 'off'}` : '';

  const progress = state.progress;
  const progressText = state.status === 'cancelling'
    ? 'Cancelling after the current run…'
    : progress
      ? `${progress.phase === 'prepare' ? 'Building and loading' : progress.phase === 'warmup' ? 'Warming up' : 'Timing'} ${progress.variant} (step ${progress.done} of ${progress.total})`
      : 'Loading the runtime…';

  return (
    <div className={styles.lab} data-experiment={experiment} data-status={state.status}>
      <ControlRow>
        <Select label="setting" value={setting} onChange={setSetting} options={SETTING_OPTIONS} disabled={busy} />
        <Toggle label="operator fusion" checked={fusion} onChange={setFusion} disabled={busy} />
        <button type="button" className="btn" onClick={() => start(experiment, setting, fusion)} disabled={busy || othersBusy}>
          {result ? 'Run again' : `Run ${spec.guideline}`}
        </button>
        <button type="button" className="btn" onClick={cancel} disabled={state.status !== 'running'}>Cancel</button>
      </ControlRow>
      <div aria-live="polite">
        {busy && (
          <div className={styles.progress}>
            <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-label={`Progress of ${spec.guideline}`} />
            <span className="output-note">{progressText}</span>
          </div>
        )}
        {othersBusy && !busy && <p className="output-note">Another experiment on this page is running. Wait for it, so the two do not compete for the processor.</p>}
        {state.status === 'cancelled' && <p className="output-note">Cancelled. Nothing from the interrupted run is shown.</p>}
        {state.status === 'error' && <p className="error-note">{state.error}</p>}
      </div>

      <div className={styles.compare}>
        <div className={styles.chart}>
          <p className={styles.heading}>Your device</p>
          {result ? (
            <>
              <SpeedBars bars={rows.map((r) => ({ label: r.variant, ...r.relative }))} title={`${spec.guideline} on your device: speed of each variant relative to ${rows[0]?.variant}`} />
              <p className="output-note">{resultSetting}. Measured in {environment}. Bars: median; whiskers: interquartile range.</p>
              {noise?.noisy && (
                <p className={styles.warn}>
                  Noisy measurement: the middle half of the runs of {noise.label} spans {(noise.spread * 100).toFixed(0)}% of its median.
                  Differences smaller than that mean little. Close other tabs, keep the device plugged in, and run again.
                </p>
              )}
            </>
          ) : busy ? (
            <p className="output-note">Measuring. Your chart appears here when all {spec.variants.length} networks have been timed.</p>
          ) : (
            <p className="output-note">Press “Run {spec.guideline}” to time the {spec.variants.length} networks here. {describeSetting(setting)}.</p>
          )}
        </div>
        <div className={styles.paper}>
          <p className={styles.heading}>The paper ({spec.paperRef})</p>
          {(['gpu', 'arm'] as Platform[]).map((platform) => {
            const t = PAPER_TABLES[experiment];
            const name = platform === 'gpu' ? 'GPU' : 'ARM';
            const percents = paper[platform];
            return (
              <figure key={platform} className={styles.paperChart}>
                <SpeedBars
                  bars={spec.variants.map((v, i) => ({ label: v.label, percent: percents[i], low: percents[i], high: percents[i] }))}
                  title={`${spec.guideline} in the paper, ${name} at ${t.columns[platform][0]}: speed of each variant relative to ${spec.variants[0].label}`}
                />
                <figcaption className="output-note">
                  <strong>{name}</strong> ({platform === 'gpu' ? 'GTX 1080Ti' : 'Snapdragon 810, one thread'}), {t.columns[platform][0]}: {spec.paperFinding[platform]}
                </figcaption>
              </figure>
            );
          })}
          <p className="output-note">From the paper&rsquo;s measured throughput, first variant = 100 %; all its figures are in chapter 2.</p>
        </div>
      </div>

      <LabTable costs={costs} result={result} paper={paper} caption={`${spec.guideline}: cost of each variant${result ? ' and your timings' : ''}`} />
      {result && <CopyTable meta={{ title: `${spec.guideline} — ${spec.title}`, setting: resultSetting, environment }} rows={rows} />}
    </div>
  );
}
