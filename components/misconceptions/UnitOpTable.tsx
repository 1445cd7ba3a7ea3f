import { formatShape } from '../../lib/format';
import { opName } from '../../lib/opNames';
import { basicUnit, downUnit } from '../../lib/units';

const dims = formatShape;
const PATH = { input: 'input', left: 'left', right: 'right', merge: 'merge' } as const;

/**
 * Every op of a ShuffleNetV2 unit as lib/units.ts specifies it: where it sits, its shapes, its
 * groups and whether BN and ReLU follow it. A fact sheet for checking claims against.
 */
export function UnitOpTable({
  type,
  c,
  cout,
  size = 28,
}: {
  type: 'basic' | 'down';
  c: number;
  cout?: number;
  size?: number;
}) {
  const unit = type === 'basic' ? basicUnit(c, size, size) : downUnit(c, cout ?? 2 * c, size, size);
  const caption =
    type === 'basic'
      ? `Basic unit, ${dims(unit.input)} input`
      : `Down-sampling unit, ${dims(unit.input)} → ${dims(unit.output)}`;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th>op</th>
            <th>path</th>
            <th>input</th>
            <th>output</th>
            <th className="num">groups</th>
            <th>BN</th>
            <th>ReLU</th>
          </tr>
        </thead>
        <tbody>
          {unit.ops
            .filter((o) => o.kind !== 'identity')
            .map((o) => (
              <tr key={o.id} data-op={o.id}>
                <td>{opName(o)}</td>
                <td>{PATH[o.path]}</td>
                <td>{dims(o.input)}</td>
                <td>{dims(o.output)}</td>
                <td className="num" style={{ whiteSpace: 'nowrap' }}>
                  {o.kind === 'conv1x1' || o.kind === 'dwconv3x3'
                    ? o.groups
                    : o.kind === 'shuffle'
                      ? `${o.groups} (shuffle)`
                      : '—'}
                </td>
                <td>{o.bn ? 'yes' : '—'}</td>
                <td>{o.relu ? 'yes' : 'no'}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}
