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

const pointsText = (p: number) =>
  `${Math.abs(p).toFixed(1)} percentage point${Math.abs(p).toFixed(1) === '1.0' ? '' : 's'}`;
// a difference that rounds to 0.0 points is said as such, not as "0.0 points below"
const versusText = (diff: number) =>
  Math.abs(diff) < 0.05 ? 'the same, to a tenth of a point, as' : `${pointsText(diff)} ${diff < 0 ? 'below' : 'above'}`;

/** One variant against the baseline, said in words from the measured results. */
export function Versus({ variant }: { variant: TwinVariant }) {
  const twin = TWIN_RESULTS.variants.find((v) => v.variant === variant);
  const diff = pointsFromBaseline(TWIN_RESULTS, variant);
  const spread = largestSpread(TWIN_RESULTS);
  const within = withinSeedNoise(TWIN_RESULTS, variant);
  if (!twin || diff === null)
    return <>This twin has not finished training for this edition, so there is no comparison yet.</>;
  return (
    <>
      Its mean test accuracy is {formatPercent(twin.accuracy.mean)}, {versusText(diff)} the baseline&apos;s
      {spread === null
        ? ' (from single runs, so without a spread to compare it with)'
        : within
          ? `, which is within twice the largest run-to-run spread (±${spread.toFixed(1)} points): a difference this size is what retraining the same network from another random start can do`
          : `, more than twice the largest run-to-run spread (±${spread.toFixed(1)} points): a real difference for this network and recipe`}
      .
    </>
  );
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];
const countWord = (n: number) => COUNT_WORDS[n] ?? String(n);
const TIMES = ['never', 'once', 'twice'];
const timesWord = (n: number) => TIMES[n] ?? `${countWord(n)} times`;

/**
 * The chapter's answer to its question, in words chosen by the measured results: whether removing
 * the shuffle (or replacing it by a random permutation) moved the accuracy beyond seed-to-seed noise.
 */
export function ShuffleVerdict() {
  const base = TWIN_RESULTS.variants.find((v) => v.variant === 'baseline');
  const none = pointsFromBaseline(TWIN_RESULTS, 'noshuffle');
  const perm = pointsFromBaseline(TWIN_RESULTS, 'randperm');
  const spread = largestSpread(TWIN_RESULTS);
  if (!base || none === null || perm === null || spread === null) {
    return (
      <p>
        The twins without the shuffle have not all finished training for this edition, so this section cannot say yet
        what the shuffle is worth here.
      </p>
    );
  }
  const little = withinSeedNoise(TWIN_RESULTS, 'noshuffle') && withinSeedNoise(TWIN_RESULTS, 'randperm');
  const fewest = Math.min(...TWIN_RESULTS.variants.map((v) => v.runs.length));
  return (
    <>
      <p data-verdict={little ? 'little' : 'matters'}>
        {little
          ? 'On this network and data, the shuffle matters little.'
          : 'On this network and data, the shuffle matters.'}{' '}
        Without it, the mean test accuracy is {versusText(none)} the baseline&apos;s; with a random permutation in its
        place, {versusText(perm)}. Training the baseline itself {timesWord(base.runs.length)} from different random
        starts gave accuracies from {formatPercent(base.accuracy.min)} to {formatPercent(base.accuracy.max)}, and the
        largest standard deviation of any twin over its runs is {spread.toFixed(1)} points.{' '}
        {little
          ? `The differences the shuffle makes are of the size that retraining from another random start makes: with ${fewest === base.runs.length ? countWord(fewest) : `as few as ${countWord(fewest)}`} runs per twin, they cannot be told apart from chance.`
          : 'The difference is more than twice that spread, larger than retraining from another random start makes.'}
      </p>
      <p>
        {little
          ? 'That does not contradict the paper. Three things make this network forgiving of a missing shuffle:'
          : 'It matters even though three things make this network forgiving of a missing shuffle:'}
      </p>
    </>
  );
}

const ratioText = (r: number | null) => (r === null ? '–' : `${r.toFixed(2)}×`);

/** Every twin's size and arithmetic beside its accuracy: what the chart's differences cost. */
function TwinsCostTable() {
  return (
    <div className="table-wrap" role="group" aria-label="Size and cost of each twin" tabIndex={0}>
      <table data-twins-costs="">
        <thead>
          <tr>
            <th scope="col">Network</th>
            <th scope="col">Accuracy, mean ± sd</th>
            <th scope="col">Parameters</th>
            <th scope="col">Multiply-adds per image</th>
          </tr>
        </thead>
        <tbody>
          {TWIN_RESULTS.variants.map((v) => (
            <tr key={v.variant} data-twin-cost={v.variant}>
              <th scope="row">{v.label}</th>
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
  const complete =
    TWIN_RESULTS.variants.length === TWIN_VARIANTS.length && TWIN_RESULTS.variants.every((v) => v.accuracy.n >= 3);
  return (
    <>
      <TwinsResultsChart results={TWIN_RESULTS} />
      {!complete && (
        <p className="output-note">
          Some twins are still training for this edition: rows with fewer than three runs are preliminary.
        </p>
      )}
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
  if (!v1 || diff === null || macs === null || params === null)
    return <>The V1 twin has not finished training for this edition, so there is no comparison yet.</>;
  return (
    <>
      With {ratioText(macs)} the baseline&apos;s multiply-adds and {ratioText(params)} its parameters, the V1 units
      reach a mean test accuracy of {formatPercent(v1.accuracy.mean)}, {versusText(diff)} the baseline&apos;s.{' '}
      {within === null
        ? 'Without repeated runs there is no spread to judge the difference by.'
        : within
          ? 'That is within twice the largest run-to-run spread: at this size and on this data, the two unit designs cannot be told apart by their accuracy.'
          : diff > 0
            ? 'That is more than twice the largest run-to-run spread: for this network and recipe, at equal arithmetic, the V1 units are the more accurate design.'
            : 'That is more than twice the largest run-to-run spread: for this network and recipe, at equal arithmetic, the V2 units are the more accurate design.'}
    </>
  );
}
