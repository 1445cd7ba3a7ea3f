import { useEffect, useState } from 'react';
import { argmax } from '../../lib/featureMaps';
import { preprocessPixels } from '../../lib/manifest';
import { medianMs } from '../../lib/heldOut';
import { seriesColor } from '../../lib/palette';
import { errorMessage } from '../../lib/ort';
import { formatCount, formatProbability } from '../../lib/format';
import type { TwinVariant } from '../../lib/twins';
import { BarChart } from '../charts/BarChart';
import { GalleryPicker } from '../model/GalleryPicker';
import { LoadState } from '../model/LoadState';
import { useModel } from '../model/useModel';
import { useNearView } from '../model/useNearView';
import { useSample } from '../model/useSample';
import { getModelSession, timeSession } from '../model/workerSession';
import { SHIPPED_TWINS, twinModelUrl } from './twinsCatalog';

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
        setStatus({ step: `Opening ${twin.label}`, done: done++, total });
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
          setStatus({ step: `Timing ${twin.label}`, done: done++, total });
          found[twin.variant]!.times.push(...(await timeSession(session, feeds, RUNS_PER_ROUND, ['probs'])));
        }
      }
      if (live) setOutcomes({ ...found });
    })()
      .catch((e: unknown) => live && setError(`The twins could not run: ${errorMessage(e)}`))
      .finally(() => live && setStatus(null));
    return () => {
      live = false;
    };
  }, [fashion.status, sample.pixels, manifest, total]);

  const timed = SHIPPED_TWINS.filter((t) => (outcomes[t.variant]?.times.length ?? 0) === ROUNDS * RUNS_PER_ROUND);
  return (
    <div ref={nearRef} data-twins-cell="">
      <LoadState model={fashion} what="the held-out images" shows="the twin networks' answers and speeds" />
      {!SHIPPED_TWINS.length && (
        <p className="output-note">The twin networks are still being trained for this edition of the book.</p>
      )}
      <GalleryPicker
        samples={fashion.samples}
        classes={manifest.classes}
        index={sample.index}
        onPick={sample.setIndex}
      />
      {status && (
        <p role="status" className="output-note" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
          <progress max={status.total} value={status.done} aria-label="Running the twins" /> {status.step}…
        </p>
      )}
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      <div className="table-wrap" role="group" aria-label="The twins on this image" tabIndex={0}>
        <table data-twins-table="">
          <thead>
            <tr>
              <th scope="col">Network</th>
              <th scope="col">What differs</th>
              <th scope="col">Answer</th>
              <th scope="col">Multiply-adds</th>
              <th scope="col">Median time here</th>
            </tr>
          </thead>
          <tbody>
            {SHIPPED_TWINS.map((t) => {
              const o = outcomes[t.variant];
              const ms = o && o.times.length === ROUNDS * RUNS_PER_ROUND ? medianMs(o.times) : null;
              return (
                <tr key={t.variant} data-twin={t.variant} data-median-ms={ms ?? ''}>
                  <th scope="row">{t.label}</th>
                  <td>{t.change}</td>
                  <td>{o ? `${manifest.classes[o.predicted]} (${formatProbability(o.probability)})` : '…'}</td>
                  <td>{formatCount(t.multiplyAdds)}</td>
                  <td>{ms === null ? '…' : `${ms.toFixed(2)} ms`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {timed.length === SHIPPED_TWINS.length && timed.length > 0 && (
        <BarChart
          title={`Median time of one image in this browser, ${ROUNDS * RUNS_PER_ROUND} runs each`}
          unit=" ms"
          bars={timed.map((t) => ({
            label: t.label,
            value: medianMs(outcomes[t.variant]!.times),
            color: seriesColor(t.variant === 'baseline' ? 0 : 1),
          }))}
        />
      )}
    </div>
  );
}
