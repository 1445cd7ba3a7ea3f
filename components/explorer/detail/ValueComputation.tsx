import { formatValue, groupDigits } from '../../../lib/format';
import type { OutputSpec } from '../../../lib/manifest';
import { isNumberedClass } from '../../../lib/manifestText';
import type { ValueExplanation } from '../../../lib/valueComputation';
import { Stat, StatGrid } from '../../controls/Stat';
import { ContributionBars } from './ContributionBars';
import { MeanDetail, SoftmaxDetail } from './HeadDetail';
import { MaxPoolFigure, PatchFigure } from './PatchFigure';
import { RouteDetail } from './RouteDetail';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
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
  const t = useMessages(detailMessages);
  const terms = e.kind === 'patch' ? t.products(e.windows.length * e.kernel * e.kernel) : t.allTerms(e.terms.length);
  return (
    <p className={styles.formula}>
      Σ {terms} = {formatValue(e.sum)}; + {t.bias} {formatValue(e.bias)} = {formatValue(e.preActivation)}
      {e.relu ? (
        <>
          ; ReLU: max(0, {formatValue(e.preActivation)}) = <b>{formatValue(e.value)}</b>
        </>
      ) : (
        <>
          {' '}
          = <b>{formatValue(e.value)}</b>
          {t.noRelu}
        </>
      )}
    </p>
  );
}

function where(
  spec: OutputSpec,
  e: ValueExplanation,
  classes: readonly string[],
  t: (typeof detailMessages)['en'],
): string {
  const { channel, y, x } = e.position;
  if (spec.layer?.op === 'fc' || spec.layer?.op === 'softmax')
    // a model without class names calls them 'class 3' already
    return isNumberedClass(classes[channel]) ? classes[channel] : t.whereClass(classes[channel]);
  if (spec.layer?.op === 'avgpool') return t.whereChannel(channel);
  return t.wherePosition(channel, y, x);
}

/** One value's computation, drawn for its kind of op, beside the runtime's value and their difference. */
export function ValueComputation({ spec, e, runtime, classes }: ValueComputationProps) {
  const diff = Math.abs(e.value - runtime);
  const t = useMessages(detailMessages);
  return (
    <div data-op={e.op}>
      {/* A copy's own rule (below) says what the op does, with this value's numbers. */}
      <p className={styles.what}>
        {/* the identifier, as code: the layer's description after it says in words what it is */}
        <code>{spec.name}</code>
        {t.whatSep}
        {where(spec, e, classes, t)}
        {t.whatEnd}
        {e.kind !== 'route' && <> {spec.layer?.description}</>}
      </p>
      {e.kind === 'patch' && (
        <>
          <p>
            {e.windows.length > 1
              ? t.windowStartSeveral(
                  e.kernel,
                  e.windows.length,
                  e.inputName,
                  e.position.y,
                  e.stride,
                  e.padding,
                  groupDigits(e.origin.y),
                )
              : t.windowStart(
                  e.kernel,
                  e.windows[0].inputChannel,
                  e.inputName,
                  e.position.y,
                  e.stride,
                  e.padding,
                  groupDigits(e.origin.y),
                )}
            {t.windowColumn(e.position.x, e.stride, e.padding, groupDigits(e.origin.x))}
            {e.stride > 1 ? t.strideNote(e.stride) : ''}
            {e.windows[0].cells.some((c) => c.padding) ? t.paddingNote : t.whatEnd}
          </p>
          <PatchFigure e={e} />
          <Affine e={e} />
        </>
      )}
      {e.kind === 'max' && (
        <>
          <p>
            {t.windowStart(
              e.kernel,
              e.inputChannel,
              e.inputName,
              e.position.y,
              e.stride,
              e.padding,
              groupDigits(e.origin.y),
            )}
            {t.windowColumn(e.position.x, e.stride, e.padding, groupDigits(e.origin.x))}
            {e.cells.some((c) => c.padding) ? t.maxPaddingNote : t.whatEnd}
          </p>
          <MaxPoolFigure e={e} />
          <p className={styles.formula}>
            {t.maxOf(e.cells.filter((c) => !c.padding).length)} = <b>{formatValue(e.value)}</b>
            {t.maxRest(groupDigits(e.cells[e.largest].inY), groupDigits(e.cells[e.largest].inX))}
          </p>
        </>
      )}
      {e.kind === 'weightedSum' && (
        <>
          <p>
            {e.op === 'fc' ? t.fcSum(e.terms.length) : t.convSum(e.terms.length, e.inputName)}
            {t.largestTerms(e.shown.length)}
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
          <Stat label={t.recomputed} valueProps={{ 'data-recomputed': String(e.value) }}>
            {formatValue(e.value)}
          </Stat>
          <Stat label={t.runtime} valueProps={{ 'data-runtime': String(runtime) }}>
            {formatValue(runtime)}
          </Stat>
          <Stat label={t.difference} valueProps={{ 'data-diff': String(diff) }}>
            {formatValue(diff)}
          </Stat>
        </StatGrid>
      </div>
    </div>
  );
}
