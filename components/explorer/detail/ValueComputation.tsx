import { formatValue, groupDigits } from '../../../lib/format';
import type { OutputSpec } from '../../../lib/manifest';
import type { ValueExplanation } from '../../../lib/valueComputation';
import { Stat, StatGrid } from '../../controls/Stat';
import { ContributionBars } from './ContributionBars';
import { MeanDetail, SoftmaxDetail } from './HeadDetail';
import { MaxPoolFigure, PatchFigure } from './PatchFigure';
import { RouteDetail } from './RouteDetail';
import styles from './Detail.module.css';

interface ValueComputationProps {
  spec: OutputSpec;
  e: ValueExplanation;
  /** the runtime's own value at the same position */
  runtime: number;
  classes: readonly string[];
}

/** The closing arithmetic of a weighted op: Σ, + bias, ReLU. */
function Affine({ e }: { e: Extract<ValueExplanation, { kind: 'weightedSum' | 'patch' }> }) {
  const terms =
    e.kind === 'patch' ? `${e.windows.length * e.kernel * e.kernel} products` : `all ${e.terms.length} terms`;
  return (
    <p className={styles.formula}>
      Σ {terms} = {formatValue(e.sum)}; + bias {formatValue(e.bias)} = {formatValue(e.preActivation)}
      {e.relu ? (
        <>
          ; ReLU: max(0, {formatValue(e.preActivation)}) = <b>{formatValue(e.value)}</b>
        </>
      ) : (
        <>
          {' '}
          = <b>{formatValue(e.value)}</b> (no ReLU: the value keeps its sign)
        </>
      )}
    </p>
  );
}

function where(spec: OutputSpec, e: ValueExplanation, classes: readonly string[]): string {
  const { channel, y, x } = e.position;
  if (spec.layer?.op === 'fc' || spec.layer?.op === 'softmax')
    // a model without class names calls them 'class 3' already
    return classes[channel].startsWith('class ') ? classes[channel] : `class ${classes[channel]}`;
  if (spec.layer?.op === 'avgpool') return `channel ${channel}`;
  return `channel ${channel}, row ${y}, column ${x}`;
}

/** One value's computation, drawn for its kind of op, beside the runtime's value and their difference. */
export function ValueComputation({ spec, e, runtime, classes }: ValueComputationProps) {
  const diff = Math.abs(e.value - runtime);
  return (
    <div data-op={e.op}>
      {/* A copy's own rule (below) says what the op does, with this value's numbers. */}
      <p className={styles.what}>
        {spec.name}, {where(spec, e, classes)}.{e.kind !== 'route' && <> {spec.layer?.description}</>}
      </p>
      {e.kind === 'patch' && (
        <>
          <p>
            {e.windows.length > 1
              ? `The ${e.kernel}×${e.kernel} window of each of the ${e.windows.length} input channels (${e.inputName}), each times its own slice of the kernel, starts at row `
              : `The ${e.kernel}×${e.kernel} window of input channel ${e.windows[0].inputChannel} (${e.inputName}) starts at row `}
            {e.position.y}·{e.stride} − {e.padding} = {groupDigits(e.origin.y)}, column {e.position.x}·{e.stride} −{' '}
            {e.padding} = {groupDigits(e.origin.x)}
            {e.stride > 1 ? `: at stride ${e.stride} each output step moves the window ${e.stride} input pixels` : ''}
            {e.windows[0].cells.some((c) => c.padding)
              ? '. Cells outside the map read the zero padding (dashed).'
              : '.'}
          </p>
          <PatchFigure e={e} />
          <Affine e={e} />
        </>
      )}
      {e.kind === 'max' && (
        <>
          <p>
            The {e.kernel}×{e.kernel} window of channel {e.inputChannel} of {e.inputName} starts at row {e.position.y}·
            {e.stride} − {e.padding} = {groupDigits(e.origin.y)}, column {e.position.x}·{e.stride} − {e.padding} ={' '}
            {groupDigits(e.origin.x)}
            {e.cells.some((c) => c.padding)
              ? '. Cells outside the map are padding (dashed) and never the largest.'
              : '.'}
          </p>
          <MaxPoolFigure e={e} />
          <p className={styles.formula}>
            max of the {e.cells.filter((c) => !c.padding).length} values = <b>{formatValue(e.value)}</b> (row{' '}
            {groupDigits(e.cells[e.largest].inY)}, column {groupDigits(e.cells[e.largest].inX)}): no weights, no bias;
            the other values of the window are dropped
          </p>
        </>
      )}
      {e.kind === 'weightedSum' && (
        <>
          <p>
            {e.op === 'fc'
              ? `A weighted sum of all ${e.terms.length} pooled features with this class’s weights, plus its bias.`
              : `A weighted sum over all ${e.terms.length} input channels of ${e.inputName} at the same position, plus a bias.`}{' '}
            The {e.shown.length} largest terms, then the rest together:
          </p>
          <ContributionBars e={e} what={e.op === 'fc' ? 'feature' : 'channel'} />
          <Affine e={e} />
        </>
      )}
      {e.kind === 'route' && <RouteDetail e={e} />}
      {e.kind === 'mean' && <MeanDetail e={e} />}
      {e.kind === 'softmax' && <SoftmaxDetail e={e} classes={classes} />}
      <div className={styles.agree} data-agreement={diff <= 1e-4 ? 'yes' : 'no'}>
        <StatGrid>
          <Stat label="recomputed here" valueProps={{ 'data-recomputed': String(e.value) }}>
            {formatValue(e.value)}
          </Stat>
          <Stat label="the model (runtime)" valueProps={{ 'data-runtime': String(runtime) }}>
            {formatValue(runtime)}
          </Stat>
          <Stat label="difference" valueProps={{ 'data-diff': String(diff) }}>
            {formatValue(diff)}
          </Stat>
        </StatGrid>
      </div>
    </div>
  );
}
