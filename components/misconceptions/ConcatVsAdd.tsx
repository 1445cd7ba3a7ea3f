import { basicUnit } from '../../lib/units';
import { groupDigits } from '../../lib/format';
import { CONCAT_WIDTHS, URL_STATE } from '../../lib/urlKeys';
import { shufflePermutation, splitChannels } from '../../lib/shuffle';
import { useUrlState } from '../cell/useUrlState';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { useMessages } from '../i18n/locale';
import { misconceptionsMessages } from './misconceptionsMessages';

const SIZE = 28;

/**
 * The basic unit next to the real alternative it is confused with: a ResNet-style unit
 * y = x + F(x), where F is the same three-layer branch run over the FULL width. The residual
 * branch's cost is the branch of a basic unit twice as wide (whose branch then has width C),
 * so both columns come from lib/units.ts and nothing is typed in.
 */
export function ConcatVsAdd() {
  const [width, setC] = useUrlState(URL_STATE.misconceptions.ac);
  const t = useMessages(misconceptionsMessages);
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
          label={t.inputChannelsC}
          value={width}
          onChange={setC}
          options={CONCAT_WIDTHS.map((w) => ({ value: w, label: w }))}
        />
      </ControlRow>
      <div className="table-wrap" role="region" aria-label={t.concatRegion} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th>{t.atSize(SIZE)}</th>
              <th className="num">{t.v2Concat}</th>
              <th className="num">{t.residualAdd}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t.branchChannels}</td>
              <td className="num">{v2Branch[0].input.c}</td>
              <td className="num">{residualBranch[0].input.c}</td>
            </tr>
            <tr>
              <td>{t.branchMultiplyAdds}</td>
              <td className="num">{groupDigits(sum(v2Branch, 'flops'))}</td>
              <td className="num">{groupDigits(sum(residualBranch, 'flops'))}</td>
            </tr>
            <tr>
              <td>{t.additions}</td>
              <td className="num">0</td>
              <td className="num">{groupDigits(addElements)}</td>
            </tr>
            <tr>
              <td>{t.mergeTraffic}</td>
              <td className="num">{t.noneBeyondConcat}</td>
              <td className="num">{groupDigits(addMac)}</td>
            </tr>
            <tr>
              <td>{t.unchangedChannels}</td>
              <td className="num">{t.nOf(v2.ops.find((o) => o.kind === 'identity')!.output.c, width)}</td>
              <td className="num">{t.nOf(0, width)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="output-note">{t.toyIntro}</p>
      <ul className="output-note" aria-live="polite">
        <li>
          {t.toyV2Before}
          <code>[{concatenated.join(', ')}]</code>
          {t.toyV2Middle}
          <code data-testid="toy-shuffled">[{shuffled.join(', ')}]</code>
          {t.toyV2After}
        </li>
        <li>
          {t.toyResidualBefore}
          <code>[{residual.join(', ')}]</code>
          {t.toyResidualAfter}
        </li>
      </ul>
    </div>
  );
}
