import { basicUnit } from '../../lib/units';
import { groupDigits } from '../../lib/format';
import { CONCAT_WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { shufflePermutation, splitChannels } from '../../lib/shuffle';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';

const SIZE = 28;

/**
 * The basic unit next to the real alternative it is confused with: a ResNet-style unit
 * y = x + F(x), where F is the same three-layer branch run over the FULL width. The residual
 * branch's cost is the branch of a basic unit twice as wide (whose branch then has width C),
 * so both columns come from lib/units.ts and nothing is typed in.
 */
export function ConcatVsAdd() {
  const [width, setC] = useUrlState(URL_STATE.misconceptions.ac);
  const v2 = basicUnit(width, SIZE, SIZE);
  const residualBranch = basicUnit(2 * width, SIZE, SIZE).ops.filter((o) => o.path === 'right');
  const v2Branch = v2.ops.filter((o) => o.path === 'right');
  const sum = (ops: typeof v2Branch, key: 'flops' | 'params') => ops.reduce((t, o) => t + o[key], 0);
  const addElements = width * SIZE * SIZE;
  // The Add reads x and F(x) and writes y: three tensors of C×H×W values.
  const addMac = 3 * addElements;

  // Named channels for a 4-channel toy: x = the unit's input, f = a branch output.
  const toy = splitChannels(4);
  const x = [0, 1, 2, 3].map((i) => `x${i}`);
  const branchOut = toy.branch.map((_, i) => `f${i}`);
  const concatenated = [...toy.identity.map((i) => x[i]), ...branchOut];
  const shuffled = shufflePermutation(4, 2).map((src) => concatenated[src]);
  const residual = x.map((xi, i) => `${xi}+F${i}`);

  return (
    <div>
      <ControlRow>
        <Select
          label="input channels C"
          value={width}
          onChange={setC}
          options={CONCAT_WIDTHS.map((w) => ({ value: w, label: w }))}
        />
      </ControlRow>
      <div
        className="table-wrap"
        role="region"
        aria-label="ShuffleNetV2 basic unit versus a residual unit"
        tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th>
                at {SIZE}×{SIZE}
              </th>
              <th className="num">V2 basic unit: concat</th>
              <th className="num">residual unit: x + F(x)</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>channels the branch convolves</td>
              <td className="num">{v2Branch[0].input.c}</td>
              <td className="num">{residualBranch[0].input.c}</td>
            </tr>
            <tr>
              <td>branch multiply-adds</td>
              <td className="num">{groupDigits(sum(v2Branch, 'flops'))}</td>
              <td className="num">{groupDigits(sum(residualBranch, 'flops'))}</td>
            </tr>
            <tr>
              <td>element-wise additions</td>
              <td className="num">0</td>
              <td className="num">{groupDigits(addElements)}</td>
            </tr>
            <tr>
              <td>memory traffic of the merge (values)</td>
              <td className="num">none beyond the concat</td>
              <td className="num">{groupDigits(addMac)}</td>
            </tr>
            <tr>
              <td>output channels equal to an input channel</td>
              <td className="num">
                {v2.ops.find((o) => o.kind === 'identity')!.output.c} of {width}
              </td>
              <td className="num">0 of {width}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="output-note">Four named input channels x0…x3 through each merge (f = the branch's outputs):</p>
      <ul className="output-note" aria-live="polite">
        <li>
          V2: split, concat <code>[{concatenated.join(', ')}]</code>, then shuffle (g = 2):{' '}
          <code data-testid="toy-shuffled">[{shuffled.join(', ')}]</code> — x0 and x1 leave exactly as they came in.
        </li>
        <li>
          residual: <code>[{residual.join(', ')}]</code> — every output channel is a sum, and F had to convolve all
          four.
        </li>
      </ul>
    </div>
  );
}
