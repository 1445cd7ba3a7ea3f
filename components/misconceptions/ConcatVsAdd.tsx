import { basicUnit } from '../../lib/units';
import { CONCAT_WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { shufflePermutation, splitChannels } from '../../lib/shuffle';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';

/**
 * Channel bookkeeping of a basic unit (from lib/units.ts) next to what a ResNet-style addition
 * would give, plus the same with named channels so the difference can be read off directly.
 */
export function ConcatVsAdd() {
  const [valid, setC] = useUrlState(URL_STATE.misconceptions.ac);
  const unit = basicUnit(valid, 28, 28);
  const op = (id: string) => unit.ops.find((o) => o.id === id)!;
  const identity = op('left.identity').output.c;
  const branch = op('right.conv2').output.c;
  const concat = op('concat').output.c;

  // Named channels for a 4-channel toy: a = untouched half, b = branch output.
  const toy = splitChannels(4);
  const a = toy.identity.map((_, i) => `a${i}`);
  const b = toy.branch.map((_, i) => `b${i}`);
  const concatenated = [...a, ...b];
  const shuffled = shufflePermutation(4, 2).map((src) => concatenated[src]);
  const added = a.map((x, i) => `${x}+${b[i]}`);

  return (
    <div>
      <ControlRow>
        <Select label="input channels C" value={valid} onChange={setC} options={CONCAT_WIDTHS.map((w) => ({ value: w, label: w }))} />
      </ControlRow>
      <div className="table-wrap" role="region" aria-label="Channel counts: concat versus add" tabIndex={0}>
        <table>
          <thead>
            <tr><th>step</th><th className="num">ShuffleNetV2 basic unit</th><th className="num">if the halves were added</th></tr>
          </thead>
          <tbody>
            <tr><td>untouched half</td><td className="num">{identity}</td><td className="num">{identity}</td></tr>
            <tr><td>branch output</td><td className="num">{branch}</td><td className="num">{branch}</td></tr>
            <tr><td>merge</td><td className="num">concat → {concat}</td><td className="num">add → {Math.max(identity, branch)}</td></tr>
            <tr><td>unit output = input width?</td><td className="num">{concat === valid ? 'yes' : 'no'}</td><td className="num">{Math.max(identity, branch) === valid ? 'yes' : `no (${valid} in)`}</td></tr>
          </tbody>
        </table>
      </div>
      <p className="output-note">Four named channels — a = untouched half, b = branch output — through the real merge:</p>
      <ul className="output-note" aria-live="polite">
        <li>concat: <code>[{concatenated.join(', ')}]</code>, then shuffle (g = 2): <code data-testid="toy-shuffled">[{shuffled.join(', ')}]</code> — every a survives as it was.</li>
        <li>a ResNet-style add would give <code>[{added.join(', ')}]</code>: half as many channels, and no channel carries a alone.</li>
      </ul>
    </div>
  );
}
