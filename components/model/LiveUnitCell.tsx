import { ValuePickArea } from '../explorer/detail/ValuePickArea';
import { useMemo } from 'react';
import { findUnit, outputName, unitTensors } from '../../lib/steps';
import { MANIFESTS, type ModelName } from './catalog';
import { GalleryPicker } from './GalleryPicker';
import { LoadState } from './LoadState';
import { Prediction } from './Prediction';
import { UnitView } from './UnitView';
import { useForward } from './useForward';
import { useModel } from './useModel';
import { useNearView } from './useNearView';
import { useSample } from './useSample';
import { OpenExplorer } from '../explorer/OpenExplorer';
import { useMessages } from '../i18n/locale';
import { modelMessages } from './modelMessages';
import styles from './LiveUnitCell.module.css';

export type LiveUnitView = 'split' | 'basic' | 'down';

/**
 * One unit of the trained network, live, for embedding in a chapter:
 *
 *   <LiveUnitCell model="digits" stage={3} unit={2} view="split" />
 *
 * Props
 * - model:  'digits' (MNIST) or 'fashion' (Fashion-MNIST) — which shipped model runs.
 * - stage:  2, 3 or 4 — the paper's stage numbers; unit: 1-based unit index in that stage (unit 1
 *           of every stage is the down-sampling unit; see the manifest's `units`).
 * - view:   'split' — a basic unit's input, framed by where the channel split sends each map
 *                     (untouched half / branch half), and the two outputs, with the page checking
 *                     that the untouched half comes out unchanged;
 *           'basic' — a basic unit end to end: diagram, split, branch, concat, shuffle;
 *           'down'  — a down-sampling unit: diagram, both branches on the whole input at stride 2,
 *                     the channel doubling, concat and shuffle.
 *           'split' and 'basic' need a basic unit, 'down' a down-sampling unit; a mismatch says so
 *           on the page instead of drawing the wrong thing.
 * - urlKey: optional URL query key for the chosen sample (default `live-<model>-s<stage>u<unit>-<view>`);
 *           give each cell on a page its own key if two share model, unit and view.
 * The sample shown first is the default of `urlKey` in lib/urlKeys.ts, where every key is declared.
 *
 * It has its own small gallery (one sample of each class per page), shows the prediction, and
 * keeps the chosen sample in the URL so a link reproduces the view. The model loads when the
 * cell is about to scroll into view (cells of a page share one runtime); while it loads or if it fails, the cell says so (with Retry) and the rest of
 * the chapter is unaffected. The static HTML shows the unit's diagram and shapes.
 */
export function LiveUnitCell({
  model = 'digits',
  stage,
  unit,
  view,
  urlKey,
}: {
  model?: ModelName;
  stage: number;
  unit: number;
  view: LiveUnitView;
  urlKey?: string;
}) {
  const t = useMessages(modelMessages);
  const spec = findUnit(MANIFESTS[model], stage, unit);
  const problem = !spec
    ? t.noUnit(model, stage, unit)
    : view === 'down' && spec.type !== 'down'
      ? t.downNeedsDown(stage, unit)
      : view !== 'down' && spec.type !== 'basic'
        ? t.basicNeedsBasic(stage, unit, view)
        : null;
  if (problem || !spec) return <p className="error-note">{problem}</p>;
  return (
    <LiveUnitBody
      model={model}
      stage={stage}
      unit={unit}
      view={view}
      urlKey={urlKey ?? `live-${model}-s${stage}u${unit}-${view}`}
    />
  );
}

function LiveUnitBody({
  model: name,
  stage,
  unit: unitNo,
  view,
  urlKey,
}: {
  model: ModelName;
  stage: number;
  unit: number;
  view: LiveUnitView;
  urlKey: string;
}) {
  const t = useMessages(modelMessages);
  const [ref, near] = useNearView<HTMLDivElement>();
  const model = useModel(name, near);
  const unit = findUnit(model.manifest, stage, unitNo)!;
  const sample = useSample(model, urlKey);
  const shown = useMemo(() => Object.values(unitTensors(unit)), [unit]);
  const { result, error } = useForward(model, sample.pixels, shown);
  const classes = model.manifest.classes;
  return (
    <div
      ref={ref}
      className={styles.cell}
      data-live-unit={unit.name}
      data-view={view}
      data-state={result ? 'ready' : model.status}>
      <LoadState model={model} what={t.theModel(name)} shows={t.liveShows(stage, unitNo)} />
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      <div className={styles.top}>
        <GalleryPicker
          samples={model.samples}
          status={model.status}
          classes={classes}
          index={sample.index}
          onPick={sample.setIndex}
          title={t.pickInput(model.manifest.title)}
        />
        <Prediction
          probs={result?.tensors[outputName(model.manifest, 'probs')]}
          classes={classes}
          trueLabel={sample.label}
          source={t.sampleSource(sample.index)}
        />
      </div>
      {/* a click on any map of the unit explains that value with the model's own weights */}
      <ValuePickArea model={model} pixels={sample.pixels}>
        <UnitView unit={unit} tensors={result?.tensors} show={view === 'split' ? 'split' : 'full'} headingLevel={3} />
      </ValuePickArea>
      <OpenExplorer step={unit.name} model={name} compact />
    </div>
  );
}
