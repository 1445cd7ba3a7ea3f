import { TWIN_RESULTS } from './twinsCatalog';
import {
  costRatio,
  largestSpread,
  pointsFromBaseline,
  TWIN_VARIANTS,
  withinSeedNoise,
  type TwinVariant,
} from '../../lib/twins';
import { TwinsResultsChart } from './TwinsResultsChart';
import { formatCount, formatPercent } from '../../lib/format';
import { twinLabel } from '../../lib/twins';
import { useLocale, useMessages } from '../i18n/locale';
import { experimentsMessages } from './experimentsMessages';

/** One variant against the baseline, said in words from the measured results. */
export function Versus({ variant }: { variant: TwinVariant }) {
  const twin = TWIN_RESULTS.variants.find((v) => v.variant === variant);
  const diff = pointsFromBaseline(TWIN_RESULTS, variant);
  const spread = largestSpread(TWIN_RESULTS);
  const within = withinSeedNoise(TWIN_RESULTS, variant);
  const t = useMessages(experimentsMessages);
  if (!twin || diff === null) return <>{t.notTrained}</>;
  return (
    <>
      {t.versusSentence(formatPercent(twin.accuracy.mean), t.versus(diff))}
      {spread === null ? t.singleRuns : within ? t.withinNoise(spread.toFixed(1)) : t.beyondNoise(spread.toFixed(1))}
      {t.fullStop}
    </>
  );
}

/**
 * The chapter's answer to its question, in words chosen by the measured results: whether removing
 * the shuffle (or replacing it by a random permutation) moved the accuracy beyond seed-to-seed noise.
 */
export function ShuffleVerdict() {
  const base = TWIN_RESULTS.variants.find((v) => v.variant === 'baseline');
  const none = pointsFromBaseline(TWIN_RESULTS, 'noshuffle');
  const perm = pointsFromBaseline(TWIN_RESULTS, 'randperm');
  const spread = largestSpread(TWIN_RESULTS);
  const t = useMessages(experimentsMessages);
  if (!base || none === null || perm === null || spread === null) return <p>{t.verdictPending}</p>;
  const little = withinSeedNoise(TWIN_RESULTS, 'noshuffle') && withinSeedNoise(TWIN_RESULTS, 'randperm');
  const fewest = Math.min(...TWIN_RESULTS.variants.map((v) => v.runs.length));
  return (
    <>
      <p data-verdict={little ? 'little' : 'matters'}>
        {little ? t.mattersLittle : t.matters}{' '}
        {t.verdictBody(
          t.versus(none),
          t.versus(perm),
          base.runs.length,
          formatPercent(base.accuracy.min),
          formatPercent(base.accuracy.max),
          spread.toFixed(1),
        )}{' '}
        {little ? t.littleWhy(fewest, fewest === base.runs.length) : t.mattersWhy}
      </p>
      <p>{little ? t.littleLead : t.mattersLead}</p>
    </>
  );
}

const ratioText = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);

/** Every twin's size and arithmetic beside its accuracy: what the chart's differences cost. */
function TwinsCostTable() {
  const locale = useLocale();
  const t = useMessages(experimentsMessages);
  return (
    <div className="table-wrap" role="group" aria-label={t.costRegion} tabIndex={0}>
      <table data-twins-costs="">
        <thead>
          <tr>
            <th scope="col">{t.network}</th>
            <th scope="col">{t.accuracyMeanSd}</th>
            <th scope="col">{t.parameters}</th>
            <th scope="col">{t.multiplyAddsPerImage}</th>
          </tr>
        </thead>
        <tbody>
          {TWIN_RESULTS.variants.map((v) => (
            <tr key={v.variant} data-twin-cost={v.variant}>
              <th scope="row">{twinLabel(v, locale)}</th>
              <td>
                {formatPercent(v.accuracy.mean)}
                {v.accuracy.std === null ? '' : ` ± ${(v.accuracy.std * 100).toFixed(1)}`}
              </td>
              <td>
                {formatCount(v.params)} ({ratioText(costRatio(TWIN_RESULTS, v.variant, 'params'))})
              </td>
              <td>
                {formatCount(v.multiplyAdds)} ({ratioText(costRatio(TWIN_RESULTS, v.variant))})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function TwinsResults() {
  const t = useMessages(experimentsMessages);
  const complete =
    TWIN_RESULTS.variants.length === TWIN_VARIANTS.length && TWIN_RESULTS.variants.every((v) => v.accuracy.n >= 3);
  return (
    <>
      <TwinsResultsChart results={TWIN_RESULTS} />
      {!complete && <p className="output-note">{t.preliminary}</p>}
      <TwinsCostTable />
    </>
  );
}

/**
 * The V1 twin against the baseline at (nearly) equal multiply-adds, in words chosen by the
 * measured results: the accuracy difference judged against the seed-to-seed spread, and what the
 * V1 units spend their arithmetic on.
 */
export function V1Verdict() {
  const v1 = TWIN_RESULTS.variants.find((v) => v.variant === 'v1');
  const macs = costRatio(TWIN_RESULTS, 'v1');
  const params = costRatio(TWIN_RESULTS, 'v1', 'params');
  const diff = pointsFromBaseline(TWIN_RESULTS, 'v1');
  const within = withinSeedNoise(TWIN_RESULTS, 'v1');
  const t = useMessages(experimentsMessages);
  if (!v1 || diff === null || macs === null || params === null) return <>{t.v1Pending}</>;
  return (
    <>
      {t.v1Sentence(ratioText(macs), ratioText(params), formatPercent(v1.accuracy.mean), t.versus(diff))}{' '}
      {within === null ? t.v1NoRuns : within ? t.v1Within : diff > 0 ? t.v1Better : t.v2Better}
    </>
  );
}
