import { TWIN_RESULTS } from './twinsCatalog';
import { pointsFromBaseline, type TwinVariant } from '../../lib/twins';
import { TwinsResultsChart } from './TwinsResultsChart';
import { formatPercent } from '../../lib/format';

const points = (p: number) => `${Math.abs(p).toFixed(1)} percentage point${Math.abs(p).toFixed(1) === '1.0' ? '' : 's'}`;

/** The largest seed-to-seed standard deviation of any variant, in points: the yardstick for "a difference". */
function largestSpread(): number | null {
  const stds = TWIN_RESULTS.variants.map((v) => v.accuracy.std).filter((s): s is number => s !== null);
  return stds.length ? Math.max(...stds) * 100 : null;
}

/** One variant against the baseline, said in words from the measured results. */
export function Versus({ variant }: { variant: TwinVariant }) {
  const twin = TWIN_RESULTS.variants.find((v) => v.variant === variant);
  const diff = pointsFromBaseline(TWIN_RESULTS, variant);
  const spread = largestSpread();
  if (!twin || diff === null) return <>This twin has not finished training for this edition, so there is no comparison yet.</>;
  const direction = diff < 0 ? 'below' : 'above';
  const within = spread !== null && Math.abs(diff) <= 2 * spread;
  return (
    <>
      Its mean test accuracy is {formatPercent(twin.accuracy.mean)}, {points(diff)} {direction} the baseline&apos;s
      {spread === null
        ? ' (from single runs, so without a spread to compare it with)'
        : within
          ? `, which is within twice the largest seed-to-seed spread (±${spread.toFixed(1)} points): a difference this size is what retraining the same network with another seed can do`
          : `, more than twice the largest seed-to-seed spread (±${spread.toFixed(1)} points): a real difference for this network and recipe`}
      .
    </>
  );
}

export function TwinsResults() {
  const complete = TWIN_RESULTS.variants.length === 5 && TWIN_RESULTS.variants.every((v) => v.accuracy.n >= 3);
  return (
    <>
      <TwinsResultsChart results={TWIN_RESULTS} />
      {!complete && <p className="output-note">Some twins are still training for this edition: rows with fewer than three runs are preliminary.</p>}
    </>
  );
}
