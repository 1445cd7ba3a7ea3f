import { groupDigits } from '../../lib/format';
import { conv, convFlops, convMac } from '../../lib/cost';
import { useMessages } from '../i18n/locale';
import { misconceptionsMessages } from './misconceptionsMessages';

const PAIRS: [number, number][] = [
  [128, 128],
  [64, 256],
  [32, 512],
  [16, 1024],
];

/** 1×1 convolutions with exactly equal FLOPs (c₁c₂ fixed) and their memory access cost (lib/cost.ts). */
export function FlopsVsMac({ size = 28 }: { size?: number }) {
  const rows = PAIRS.map(([cin, cout]) => {
    const l = conv({ h: size, w: size, cin, cout });
    return { cin, cout, flops: convFlops(l), mac: convMac(l) };
  });
  const base = rows[0].mac;
  const t = useMessages(misconceptionsMessages);
  return (
    <div className="table-wrap" role="region" aria-label={t.equalFlopsRegion} tabIndex={0}>
      <table>
        <caption>{t.convsOnMap(size)}</caption>
        <thead>
          <tr>
            <th>c₁ → c₂</th>
            <th className="num">FLOPs</th>
            <th className="num">MAC</th>
            <th className="num">{t.macVsFirst}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.cin}>
              <td>
                {r.cin} → {r.cout}
              </td>
              <td className="num">{groupDigits(r.flops)}</td>
              <td className="num">{groupDigits(r.mac)}</td>
              <td className="num">×{(r.mac / base).toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
