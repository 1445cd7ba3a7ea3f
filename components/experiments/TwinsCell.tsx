import { useEffect, useState } from 'react';
import { argmax } from '../../lib/featureMaps';
import { preprocessPixels } from '../../lib/manifest';
import { medianMs } from '../../lib/heldOut';
import { seriesColor } from '../../lib/palette';
import { errorMessage } from '../../lib/ort';
import { formatCount, formatProbability } from '../../lib/format';
import { twinChange, twinLabel, type TwinVariant } from '../../lib/twins';
import { BarChart } from '../charts/BarChart';
import { GalleryPicker } from '../model/GalleryPicker';
import { LoadState } from '../model/LoadState';
import { useModel } from '../model/useModel';
import { useNearView } from '../model/useNearView';
import { useSample } from '../model/useSample';
import { getModelSession, timeSession } from '../model/workerSession';
import { SHIPPED_TWINS, twinModelUrl } from './twinsCatalog';
import { useLocale, useMessages } from '../i18n/locale';
import { className } from '../../lib/manifestText';
import { experimentsMessages } from './experimentsMessages';

/** Timed runs per twin: ROUNDS rounds of RUNS_PER_ROUND, round-robin, so a slow spell of the machine spreads over all twins. */
const ROUNDS = 5;
const RUNS_PER_ROUND = 6;

interface TwinOutcome {
  predicted: number;
  probability: number;
  times: number[];
}

/**
 * The shipped twin networks side by side on one held-out image: each one's answer, and its speed
 * in this browser (median of repeated runs, timed inside the model worker).
 */
export function TwinsCell() {
  const [nearRef, near] = useNearView<HTMLDivElement>();
  const fashion = useModel('fashion', near);
  const { manifest } = fashion;
  const sample = useSample(fashion, 'sample');
  const [outcomes, setOutcomes] = useState<Partial<Record<TwinVariant, TwinOutcome>>>({});
  const [status, setStatus] = useState<{ step: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const total = SHIPPED_TWINS.length * (1 + ROUNDS);
  const locale = useLocale();
  const t = useMessages(experimentsMessages);

  useEffect(() => {
    if (fashion.status !== 'ready' || !sample.pixels || !SHIPPED_TWINS.length) return;
    let live = true;
    const feeds = {
      [manifest.input.name]: {
        data: preprocessPixels(sample.pixels, manifest.input.preprocessing),
        dims: manifest.input.shape,
      },
    };
    const warmup = { input: manifest.input.name, dims: manifest.input.shape };
    (async () => {
      setError(null);
      const found: Partial<Record<TwinVariant, TwinOutcome>> = {};
      let done = 0;
      const sessions = [];
      for (const twin of SHIPPED_TWINS) {
        if (!live) return;
        setStatus({ step: t.opening(twinLabel(twin, locale)), done: done++, total });
        const session = await getModelSession(twinModelUrl(twin.variant), undefined, warmup);
        const { probs } = await session.run(feeds, ['probs']);
        const predicted = argmax(probs.data);
        found[twin.variant] = { predicted, probability: probs.data[predicted], times: [] };
        sessions.push({ twin, session });
      }
      if (live) setOutcomes({ ...found });
      for (let round = 0; round < ROUNDS; round++) {
        for (const { twin, session } of sessions) {
          if (!live) return;
          setStatus({ step: t.timing(twinLabel(twin, locale)), done: done++, total });
          found[twin.variant]!.times.push(...(await timeSession(session, feeds, RUNS_PER_ROUND, ['probs'])));
        }
      }
      if (live) setOutcomes({ ...found });
    })()
      .catch((e: unknown) => live && setError(t.twinsFailed(errorMessage(e))))
      .finally(() => live && setStatus(null));
    return () => {
      live = false;
    };
    // the texts follow the page's language, which never changes on a page
  }, [fashion.status, sample.pixels, manifest, total]); // eslint-disable-line react-hooks/exhaustive-deps

  const timed = SHIPPED_TWINS.filter((t) => (outcomes[t.variant]?.times.length ?? 0) === ROUNDS * RUNS_PER_ROUND);
  return (
    <div ref={nearRef} data-twins-cell="">
      <LoadState model={fashion} what={t.heldOutImages} shows={t.twinsShows} />
      {!SHIPPED_TWINS.length && <p className="output-note">{t.stillTraining}</p>}
      <GalleryPicker
        samples={fashion.samples}
        classes={manifest.classes.map((c) => className(c, locale))}
        index={sample.index}
        onPick={sample.setIndex}
      />
      {status && (
        <p role="status" className="output-note" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <progress max={status.total} value={status.done} aria-label={t.runningTwins} /> {status.step}…
        </p>
      )}
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      <div className="table-wrap" role="group" aria-label={t.twinsRegion} tabIndex={0}>
        <table data-twins-table="">
          <thead>
            <tr>
              <th scope="col">{t.network}</th>
              <th scope="col">{t.whatDiffers}</th>
              <th scope="col">{t.answer}</th>
              <th scope="col">{t.multiplyAdds}</th>
              <th scope="col">{t.medianHere}</th>
            </tr>
          </thead>
          <tbody>
            {SHIPPED_TWINS.map((twin) => {
              const o = outcomes[twin.variant];
              const ms = o && o.times.length === ROUNDS * RUNS_PER_ROUND ? medianMs(o.times) : null;
              return (
                <tr key={twin.variant} data-twin={twin.variant} data-median-ms={ms ?? ''}>
                  <th scope="row">{twinLabel(twin, locale)}</th>
                  <td>{twinChange(twin, locale)}</td>
                  <td>
                    {o
                      ? `${className(manifest.classes[o.predicted], locale)} (${formatProbability(o.probability)})`
                      : '…'}
                  </td>
                  <td>{formatCount(twin.multiplyAdds)}</td>
                  <td>{ms === null ? '…' : `${ms.toFixed(2)} ms`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {timed.length === SHIPPED_TWINS.length && timed.length > 0 && (
        <BarChart
          title={t.medianTitle(ROUNDS * RUNS_PER_ROUND)}
          unit=" ms"
          bars={timed.map((twin) => ({
            label: twinLabel(twin, locale),
            value: medianMs(outcomes[twin.variant]!.times),
            color: seriesColor(twin.variant === 'baseline' ? 0 : 1),
          }))}
        />
      )}
    </div>
  );
}
