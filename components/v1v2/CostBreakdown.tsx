import type { Shape, UnitSpec } from '../../lib/units';
import type { V1UnitSpec } from '../../lib/v1';

const full = (n: number) => n.toLocaleString('en-US');
const dims = (s: Shape) => `${s.c}×${s.h}×${s.w}`;

interface Row { id: string; label: string; output: Shape; params: number; flops: number; mac: number; elementwise: number }

function OpTable({ caption, rows }: { caption: string; rows: Row[] }) {
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr><th>op</th><th>output</th><th className="num">params</th><th className="num">FLOPs</th><th className="num">MAC</th><th className="num">elem.-wise</th></tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.label}</td><td>{dims(r.output)}</td><td className="num">{full(r.params)}</td><td className="num">{full(r.flops)}</td>
              <td className="num">{full(r.mac)}</td><td className="num">{full(r.elementwise)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Per-op cost of both units, folded away: where every total above comes from. */
export function CostBreakdown({ v1, v2 }: { v1: V1UnitSpec; v2: UnitSpec }) {
  const v2rows: Row[] = v2.ops.map((op) => ({ ...op, elementwise: op.relu ? op.output.c * op.output.h * op.output.w : 0 }));
  return (
    <details>
      <summary>Cost of every operation</summary>
      <OpTable caption="ShuffleNet V1 unit, op by op" rows={v1.ops} />
      <OpTable caption="ShuffleNetV2 unit, op by op" rows={v2rows} />
    </details>
  );
}
