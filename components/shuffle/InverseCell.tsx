import { shufflePermutation } from '../../lib/shuffle';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { ChannelGroupControls } from './ChannelGroupControls';
import { PermutationDiagram } from './PermutationDiagram';
import { drawError, MAX_DRAWN } from './ShuffleCell';

const { ic: channelsParam, ig: groupsParam, is: secondParam } = URL_STATE['channel-shuffle'];

/** Shuffle with (g, C/g), then either the (C/g, g) reshape or the same shuffle again: only the first undoes it (unless g = C/g). */
export function InverseCell() {
  const [channels, setChannels] = useUrlState(channelsParam);
  const [groups, setGroups] = useUrlState(groupsParam);
  const [second, setSecond] = useUrlState(secondParam);
  const error = drawError(channels, groups);
  const perGroup = channels / groups;
  const first = error ? [] : shufflePermutation(channels, groups);
  const then = error ? [] : second === 'inverse' ? shufflePermutation(channels, perGroup) : first;
  // where each original channel ends up after both steps
  const final = then.map((src) => first[src]);
  const restored = final.every((orig, i) => orig === i);
  const trivial = first.every((src, i) => src === i);
  const secondLabel =
    second === 'inverse'
      ? `reshape (${perGroup}, ${groups}) → transpose → flatten`
      : `reshape (${groups}, ${perGroup}) → transpose → flatten, again`;

  return (
    <div>
      <ChannelGroupControls
        channels={channels}
        groups={groups}
        setChannels={setChannels}
        setGroups={setGroups}
        maxChannels={MAX_DRAWN}
        limit={channelsParam.codec}
      />
      <div className="control-row" role="group" aria-label="Second step">
        <span>second step:</span>
        <button type="button" className="btn" aria-pressed={second === 'inverse'} onClick={() => setSecond('inverse')}>
          reshape (C/g, g)
        </button>
        <button type="button" className="btn" aria-pressed={second === 'again'} onClick={() => setSecond('again')}>
          the same shuffle again
        </button>
      </div>
      {error ? (
        <p className="error-note" role="alert">
          {error}
        </p>
      ) : (
        <>
          <PermutationDiagram
            channels={channels}
            groups={groups}
            stages={[
              { perm: first, label: `reshape (${groups}, ${perGroup}) → transpose → flatten` },
              { perm: then, label: secondLabel },
            ]}
            rowLabels={['input channels', 'after the shuffle', 'after the second step']}
            title={`Channel shuffle of ${channels} channels with g = ${groups}, followed by ${second === 'inverse' ? 'the (C/g, g) reshape' : 'the same shuffle again'}. The channels end in the order ${final.join(', ')}.`}
          />
          <p className="output-note" aria-live="polite">
            {trivial
              ? `With g = 1 or g = C the shuffle leaves every channel where it is, so there is nothing to undo.`
              : restored
                ? second === 'inverse'
                  ? `Back in the original order: the (${perGroup}, ${groups}) reshape is the inverse of the (${groups}, ${perGroup}) shuffle.`
                  : `Back in the original order — but only because g = C/g = ${groups}: transposing a square matrix twice gives it back.`
                : `Not the original order: [${final.join(', ')}]. Shuffling twice with the same reshape is not an undo unless g = C/g.`}
          </p>
        </>
      )}
    </div>
  );
}
