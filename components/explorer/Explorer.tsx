import { useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import { isDerived } from '../../lib/derivedTensors';
import { asMaps } from '../../lib/featureMaps';
import type { Contrast } from '../../lib/mapView';
import { allTensors, buildSteps, moveStep, outputName, resolveStep } from '../../lib/steps';
import { Toggle } from '../controls/Toggle';
import { useElementWidth } from '../hooks/useElementWidth';
import { FRAMING, MODEL_NAMES, type ModelName } from '../model/catalog';
import { LoadState } from '../model/LoadState';
import { useForward } from '../model/useForward';
import { useModel, type ModelState } from '../model/useModel';
import { prestartModelWorker } from '../model/workerSession';
import { InputPanel } from './InputPanel';
import { MapDialog, type OpenMap, type RenderDetail } from './MapDialog';
import { NetworkOverview } from './NetworkOverview';
import { StepNav } from './StepNav';
import { StepView } from './StepView';
import { useBenchHook } from './useBenchHook';
import { useExplorerInput } from './useExplorerInput';
import { ChannelTrace } from './detail/ChannelTrace';
import { canTraceChannels } from '../../lib/channelTrace';
import { useExplorerState } from './useExplorerState';
import { OwnInputPanel } from '../byom/OwnInputPanel';
import { OwnModelPanel } from '../byom/OwnModelPanel';
import { useOwnModel, type OwnModel } from '../byom/useOwnModel';
import { ValueDetail } from './detail/ValueDetail';
import { localizeManifest } from '../../lib/manifestText';
import { useLocale, useMessages } from '../i18n/locale';
import { explorerMessages } from './explorerMessages';
import type { ExplainValue } from './HeadViews';
import styles from './Explorer.module.css';

// The explorer's figure is at the top of its page: its runtime starts while the page's script loads.
prestartModelWorker();

export interface ExplorerProps {
  /**
   * Embedded in another page: smaller maps, no unit diagram, a short gallery and no upload, and its
   * model and step kept in its own state instead of the page's URL. Default false (the explorer page).
   */
  compact?: boolean;
  /** the step to open at: a step id ('stage3.unit2.right.dw', 'conv5') or a unit ('stage3.unit2' opens its first op) */
  unit?: string;
  /** compact only: the shipped model to start with (default 'digits') */
  model?: ModelName;
  /** fills the enlarged map's "how this value is computed" slot for a tensor, channel and position (row y, column x) */
  renderDetail?: RenderDetail;
}

/** Keys that belong to the focused control, not to the explorer's stepping. */
function ownsKeys(target: EventTarget): boolean {
  const el = target as HTMLElement;
  return ['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) || el.isContentEditable;
}

/**
 * The explorer: give the trained network an input (draw, pick, upload) and walk through it op by op,
 * seeing the real tensors of every step, with the whole network always in view above.
 *
 *   <Explorer />                                   the explorer page (state in the URL)
 *   <Explorer compact unit="stage3.unit2" />       embedded elsewhere
 */
export function Explorer({ compact = false, unit, model: initialModel, renderDetail }: ExplorerProps) {
  const {
    model: name,
    setModel,
    stepId,
    setStepId,
  } = useExplorerState({ local: compact, initialModel, initialStep: unit });
  const model = useModel(name);
  const t = useMessages(explorerMessages);
  // A reader's own ShuffleNetV2 (the explorer page only), shown instead of the book's model while open.
  const { own, open: openOwn, close: closeOwn } = useOwnModel();
  const view = own && !compact ? own.model : model;
  // A reader's model steps in the page's own state, from its input: the URL keeps the book's model and step,
  // which a link or a reload can open (the file itself never leaves the reader's computer).
  const [ownStep, setOwnStep] = useState<{ file: string; step: string } | null>(null);
  const ownView = own && !compact;
  const ownStepId = own && ownStep?.file === own.fileName ? ownStep.step : 'input';
  return (
    <>
      {/* The book's model leads; the picker follows the explorer. An open model's summary leads instead. */}
      {!compact && own && <OwnModelPanel own={own} onOpen={openOwn} onClose={closeOwn} />}
      <ExplorerView
        key={own ? `own:${own.fileName}` : 'book'}
        model={view}
        own={compact ? null : own}
        compact={compact}
        stepId={ownView ? ownStepId : stepId}
        onStepId={ownView ? (id) => setOwnStep({ file: own.fileName, step: id }) : setStepId}
        renderDetail={renderDetail}
        modelPicker={
          own && !compact ? (
            <p className={styles.models} data-own-name="">
              {t.ownModel(own.fileName)}
            </p>
          ) : (
            // a segmented control: radios (arrow keys move the choice), drawn as one joined pair of buttons
            <fieldset className={`${styles.models} ${styles.segmented}`}>
              <legend>{t.modelLegend}</legend>
              <span className={styles.segments}>
                {MODEL_NAMES.map((m) => (
                  <label key={m}>
                    <input
                      type="radio"
                      name={compact ? `explorer-model-${unit ?? 'embed'}` : 'explorer-model'}
                      value={m}
                      checked={name === m}
                      onChange={() => setModel(m)}
                    />
                    {t.modelLabel(m)}
                  </label>
                ))}
              </span>
            </fieldset>
          )
        }
      />
      {!compact && !own && <OwnModelPanel own={own} onOpen={openOwn} onClose={closeOwn} />}
    </>
  );
}

interface ExplorerViewProps {
  /** any model with a manifest, a session and samples (a shipped one, or a reader's own) */
  model: ModelState;
  compact: boolean;
  stepId: string;
  onStepId(id: string): void;
  renderDetail?: RenderDetail;
  modelPicker?: React.ReactNode;
  /** a reader's own model: its input (a picture at the model's size) replaces the drawing pad and gallery */
  own?: OwnModel | null;
}

/** The instrument itself, driven by a model state: steps, overview, input, maps. */
export function ExplorerView({
  model: givenModel,
  compact,
  stepId,
  onStepId,
  renderDetail,
  modelPicker,
  own,
}: ExplorerViewProps) {
  const locale = useLocale();
  const t = useMessages(explorerMessages);
  // The same model with its class names and layer descriptions in the reader's language.
  // (memoised on the manifest: the runtime's hooks key on its identity)
  const manifest = useMemo(() => localizeManifest(givenModel.manifest, locale), [givenModel.manifest, locale]);
  const model = manifest === givenModel.manifest ? givenModel : { ...givenModel, manifest };
  const { name } = model;
  const framing = name === 'own' ? 'mnist' : FRAMING[name];
  const bookInput = useExplorerInput(model, framing, { local: compact });
  const input = own ? { ...bookInput, pixels: own.pixels, trueLabel: null } : bookInput;
  const steps = useMemo(() => buildSteps(manifest, locale), [manifest, locale]);
  const resolved = resolveStep(steps, stepId);
  const index = resolved ?? 0;
  const step = steps[index];
  // Every tensor a layer computes (the overview shows a thumbnail of each step's output; the thumbnails
  // of concats, shuffles and split halves are read from those), and the current step's own tensors,
  // so that what the step shows of data movement comes from the runtime, not from the book's rebuild.
  const shown = useMemo(() => {
    const computed = new Set(manifest.outputs.filter((o) => !isDerived(o)).map((o) => o.name));
    return allTensors(steps).filter((n) => n !== manifest.input.name && (computed.has(n) || step.tensors.includes(n)));
  }, [steps, manifest, step]);
  const { result, error } = useForward(model, input.pixels, shown);
  const go = useCallback((i: number) => onStepId(steps[moveStep(steps, i, 0)].id), [steps, onStepId]);
  useBenchHook(model, result, input.feedPixels, shown);
  const [contrast, setContrast] = useState<Contrast>('shared');
  const [open, setOpen] = useState<OpenMap | null>(null);
  // An enlarged map's chosen value, computed from the model's own weights (unless the page brings its own detail).
  const detail: RenderDetail =
    renderDetail ??
    ((tensor, channel, y, x) => (
      <ValueDetail
        model={model}
        pixels={input.pixels}
        tensorName={tensor}
        position={{ channel, y, x }}
        headingLevel={3}
      />
    ));
  // A class's score (the FC layer), explained below the scores on the explorer's own page.
  const explain: ExplainValue = (tensor, position, onPosition) => (
    <ValueDetail
      model={model}
      pixels={input.pixels}
      tensorName={tensor}
      position={position}
      onPosition={onPosition}
      headingLevel={3}
    />
  );
  const [ref, width] = useElementWidth<HTMLDivElement>(compact ? 520 : 860, { min: 260 });
  const tensors = result?.tensors;

  const onOpen = useCallback(
    (tensorName: string, channel: number, row: number, col: number) => {
      const t = tensors?.[tensorName];
      if (!t) return;
      const values =
        manifest.outputs.find((o) => o.name === tensorName)?.layer?.values ??
        (tensorName === manifest.input.name ? 'input' : 'nonnegative');
      setOpen({ name: tensorName, label: tensorName, tensor: asMaps(t.data, t.dims), values, channel, row, col });
    },
    [tensors, manifest],
  );

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey || ownsKeys(e.target) || open) return;
    const target = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: steps.length - 1 }[e.key];
    if (target === undefined) return;
    e.preventDefault();
    go(target);
  };

  return (
    <section
      className={`${styles.explorer} ${compact ? styles.compact : styles.full}`}
      aria-label={t.explorerLabel}
      onKeyDown={onKeyDown}
      data-state={result ? 'ready' : model.status}
      data-model={name}
      data-compact={compact ? 'yes' : 'no'}>
      <div className={styles.top}>
        <div className={styles.topRow}>
          {modelPicker}
          <div className={styles.desktopNav}>
            <StepNav steps={steps} index={index} onStep={go} />
          </div>
        </div>
        <NetworkOverview steps={steps} manifest={manifest} index={index} tensors={tensors} onStep={go} />
      </div>
      <LoadState model={model} what={t.loadWhat(name)} shows={t.loadShows} />
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      {resolved === null && (
        <p className="error-note" role="alert" data-unknown-step="">
          {t.unknownStep(stepId)}
        </p>
      )}
      <div className={styles.body}>
        <aside className={styles.side} aria-label={t.sideLabel}>
          {own ? (
            <OwnInputPanel own={own} probs={tensors?.[outputName(manifest, 'probs')]} />
          ) : (
            <InputPanel
              manifest={manifest}
              samples={model.samples}
              input={input}
              probs={tensors?.[outputName(manifest, 'probs')]}
              framing={framing}
              compact={compact}
            />
          )}
        </aside>
        <div className={styles.main} ref={ref}>
          <div className={styles.mainBar}>
            <Toggle
              label={t.perMapContrast}
              checked={contrast === 'per-map'}
              onChange={(on) => setContrast(on ? 'per-map' : 'shared')}
            />
            <span className={styles.hint}>
              {t.keysHint}
              {result && t.forwardPass(result.ms.toFixed(1))}
            </span>
          </div>
          <StepView
            step={step}
            steps={steps}
            tensors={tensors}
            manifest={manifest}
            trueLabel={input.trueLabel}
            onStep={go}
            compact={compact}
            explain={compact ? undefined : explain}
            ctx={{ width: Math.max(260, width), contrast, onOpen }}
          />
        </div>
      </div>
      <div className={styles.phoneNav}>
        <StepNav steps={steps} index={index} onStep={go} />
      </div>
      {step.unit && !compact && canTraceChannels(manifest) && (
        <ChannelTrace
          key={model.manifest.name}
          model={model}
          pixels={input.pixels}
          stage={step.unit.stage}
          headingLevel={3}
        />
      )}
      <MapDialog open={open} contrast={contrast} onClose={() => setOpen(null)} renderDetail={detail} />
    </section>
  );
}
