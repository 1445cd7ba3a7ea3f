import { useEffect, useId, useMemo, useState } from 'react';
import { argmax } from '../../lib/featureMaps';
import { formatProbability } from '../../lib/format';
import { URL_STATE } from '../../lib/urlKeys';
import { preprocessPixels } from '../../lib/manifest';
import { seriesColor } from '../../lib/palette';
import { errorMessage, type PlainTensor } from '../../lib/ort';
import type { HeldOutResult } from '../../lib/heldOut';
import { BarChart } from '../charts/BarChart';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import controlStyles from '../controls/Controls.module.css';
import { GalleryPicker } from '../model/GalleryPicker';
import { LoadState } from '../model/LoadState';
import { useModel, type Samples } from '../model/useModel';
import { useNearView } from '../model/useNearView';
import { useSample } from '../model/useSample';
import { modelFileUrl } from '../model/catalog';
import { evaluateHeldOut } from '../model/workerSession';
import { useUrlState } from '../cell/useUrlState';
import { AccuracyCompare, type Measuring } from './AccuracyCompare';
import { EVERY_UNIT, KINDS, editsFor, resolveUnitName, unavailable } from './interventionState';
import { useEditedSession } from './useEditedSession';
import { twinModelUrl, V1_TWIN_UNITS } from './twinsCatalog';
import type { Locale } from '../../lib/i18n';
import { twinsMessages } from '../../lib/twinsMessages';
import { useLocale, useMessages } from '../i18n/locale';
import { className } from '../../lib/manifestText';
import { experimentsMessages } from './experimentsMessages';

const flat = (s: Samples) =>
  new Uint8Array(s.images[0].buffer, s.images[0].byteOffset, s.images.length * s.images[0].length);
// Each unmodified network's held-out result, measured once per page.
const unmodified = new Map<string, Promise<HeldOutResult>>();
const networkOptions = (t: (typeof experimentsMessages)[Locale]) => [
  { value: 'book' as const, label: t.booksNetwork },
  { value: 'v1' as const, label: t.v1Twin },
];

/**
 * Intervene on the trained clothing network (or its V1-units twin) at one unit (or all): bypass
 * its shuffle, zero its untouched half or its branch, or switch off output channels. The worker
 * edits the ONNX graph and runs the edited network beside the unmodified one, on the chosen image
 * and, on request, on every held-out image.
 */
export function InterventionCell() {
  const [nearRef, near] = useNearView<HTMLDivElement>();
  const channelsId = useId();
  const locale = useLocale();
  const t = useMessages(experimentsMessages);
  const model = useModel('fashion', near);
  const { manifest } = model;
  const keys = URL_STATE['shuffle-experiments'];
  const [net, setNet] = useUrlState(keys.net);
  const units = net === 'v1' ? V1_TWIN_UNITS : manifest.units;
  const [rawUnit, setUnit] = useUrlState(keys.at);
  const unitName = resolveUnitName(rawUnit, units);
  const [kind, setKind] = useUrlState(keys.edit);
  const [channelText, setChannelText] = useUrlState(keys.channels);
  const [draft, setDraft] = useState(channelText);
  useEffect(() => setDraft(channelText), [channelText]);
  const sample = useSample(model, 'sample');
  const unit = units.find((u) => u.name === unitName) ?? null;
  const choice = useMemo(
    () => editsFor(kind, unitName, units, channelText, locale),
    [kind, unitName, units, channelText, locale],
  );
  const edits = 'edits' in choice ? choice.edits : null;
  const url = net === 'v1' ? twinModelUrl('v1') : modelFileUrl('fashion', manifest.modelFile);
  const warmup = useMemo(() => ({ input: manifest.input.name, dims: manifest.input.shape }), [manifest]);
  const edited = useEditedSession(url, edits, warmup, model.status === 'ready');
  const twin = useEditedSession(url, net === 'v1' ? [] : null, warmup, model.status === 'ready');
  const session = net === 'v1' ? twin.session : model.session;

  const [probs, setProbs] = useState<{ before: PlainTensor; after: PlainTensor | null } | null>(null);
  useEffect(() => {
    if (!session || !sample.pixels) return;
    let live = true;
    const feeds = {
      [manifest.input.name]: {
        data: preprocessPixels(sample.pixels, manifest.input.preprocessing),
        dims: manifest.input.shape,
      },
    };
    const after = edited.session ? edited.session.run(feeds, ['probs']) : Promise.resolve(null);
    Promise.all([session.run(feeds, ['probs']), after]).then(
      ([b, a]) => live && setProbs({ before: b.probs, after: a?.probs ?? null }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [session, edited.session, sample.pixels, manifest]);

  const [before, setBefore] = useState<HeldOutResult | null>(null);
  const [after, setAfter] = useState<{ key: string; result: HeldOutResult } | null>(null);
  const [progress, setProgress] = useState<Measuring | null>(null);
  const [measureError, setMeasureError] = useState<string | null>(null);
  const measure = async () => {
    if (!session || !model.samples || !edited.session) return;
    const images = flat(model.samples);
    const spec = {
      input: manifest.input.name,
      dims: manifest.input.shape,
      preprocessing: manifest.input.preprocessing,
      output: 'logits',
    };
    const total = model.samples.labels.length;
    const key = edited.key;
    setMeasureError(null);
    try {
      setProgress({ done: 0, total: 2 * total });
      const base =
        unmodified.get(url) ??
        evaluateHeldOut(session, images, model.samples.labels, spec, (done) => setProgress({ done, total: 2 * total }));
      unmodified.set(url, base);
      base.catch(() => unmodified.delete(url));
      setBefore(await base);
      const result = await evaluateHeldOut(edited.session, images, model.samples.labels, spec, (done) =>
        setProgress({ done: total + done, total: 2 * total }),
      );
      setAfter({ key: `${url} ${key}`, result });
    } catch (error) {
      setMeasureError(t.measureFailed(errorMessage(error)));
    } finally {
      setProgress(null);
    }
  };

  const bars = (probs: PlainTensor, series: number) => {
    const top = argmax(probs.data);
    return Array.from(probs.data, (p, i) => ({
      label: className(manifest.classes[i], locale),
      value: p,
      color: seriesColor(series),
      emphasis: i === top,
    }));
  };
  const unitOptions = [
    ...units.map((u) => ({
      value: u.name,
      label: t.unitOption(u.stage, u.unit, u.type === 'down', u.outChannels),
    })),
    { value: EVERY_UNIT, label: t.everyUnit },
  ];
  const kindOptions = KINDS.map((k) => ({
    value: k,
    label: twinsMessages[locale][k],
    disabled: unavailable(k, unit, units, locale) !== null,
  }));
  return (
    <div ref={nearRef} data-intervention-cell="">
      <ControlRow>
        <Select label={t.networkLabel} value={net} options={networkOptions(t)} onChange={setNet} />
        <Select label={t.unitLabel} value={unitName} options={unitOptions} onChange={setUnit} />
        <Select label={t.intervention} value={kind} options={kindOptions} onChange={setKind} />
        {kind === 'channels-off' && unit && (
          <form className={controlStyles.field} onSubmit={(e) => (e.preventDefault(), setChannelText(draft))}>
            <label htmlFor={channelsId}>{t.channelsOff}</label>
            <input
              id={channelsId}
              type="text"
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
              onBlur={() => setChannelText(draft)}
              size={12}
            />
            <button type="submit" className="btn">
              {t.apply}
            </button>
          </form>
        )}
      </ControlRow>
      {'error' in choice && (
        <p className="output-note" role="status">
          {choice.error}
        </p>
      )}
      <LoadState model={model} what={t.clothingNetwork} shows={t.interventionShows} />
      {edited.status === 'error' && (
        <p className="error-note" role="alert">
          {t.editFailed(edited.error ?? '')}
        </p>
      )}
      <GalleryPicker
        samples={model.samples}
        classes={manifest.classes.map((c) => className(c, locale))}
        index={sample.index}
        onPick={sample.setIndex}
      />
      {probs && (
        <div
          className="intervention-bars"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: '0.5rem 1rem' }}>
          <figure style={{ margin: 0 }} data-probs="before">
            <figcaption className="output-note">{t.unmodifiedCaption(net === 'v1')}</figcaption>
            <BarChart
              title={t.unmodifiedTitle}
              format={formatProbability}
              domain={[0, 1]}
              maxWidth={420}
              bars={bars(probs.before, 0)}
            />
          </figure>
          <figure
            style={{ margin: 0 }}
            data-probs="after"
            data-top={probs.after ? manifest.classes[argmax(probs.after.data)] : ''}>
            <figcaption className="output-note">{unit ? t.withAt(unit.stage, unit.unit) : t.withEvery}</figcaption>
            {probs.after ? (
              <BarChart
                title={t.intervenedTitle}
                format={formatProbability}
                domain={[0, 1]}
                maxWidth={420}
                bars={bars(probs.after, 1)}
              />
            ) : (
              <p className="output-note">{edited.status === 'loading' ? t.editing : t.noIntervention}</p>
            )}
          </figure>
        </div>
      )}
      <AccuracyCompare
        before={before}
        after={after && after.key === `${url} ${edited.key}` ? after.result : null}
        progress={progress}
        error={measureError}
        count={model.samples?.labels.length ?? manifest.samples.count}
        onMeasure={() => void measure()}
        disabled={!edited.session || !model.samples}
      />
    </div>
  );
}
