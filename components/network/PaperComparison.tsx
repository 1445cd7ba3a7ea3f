import { formatChange, formatCount, formatMillions, groupDigits } from '../../lib/format';
import { networkTable, PAPER_TABLE5, shuffleNetV2, WIDTHS, type NetworkTable } from '../../lib/network';
import styles from './Network.module.css';
import { useMessages } from '../i18n/locale';
import { networkCellMessages } from './networkMessages';

const TABLES = WIDTHS.map((w) => networkTable(shuffleNetV2(w)));

function diff(ours: number, paper: number): string {
  return formatChange(ours / paper - 1);
}

const m = (n: number) => formatCount(n, 4);

type Texts = (typeof networkCellMessages)['en'];
const rows = (
  t: Texts,
): {
  label: string;
  cell: (t: NetworkTable, i: number) => string;
  title?: (t: NetworkTable) => string;
  paper?: boolean;
}[] => [
  { label: t.flopsOurs, cell: (t) => m(t.flops), title: (t) => groupDigits(t.flops) },
  { label: t.plusBn, cell: (t) => m(t.flops + t.bnValues) },
  { label: t.plusRelu, cell: (t) => m(t.flops + t.bnValues + t.reluValues) },
  {
    label: t.flopsPublished,
    cell: (_, i) => formatMillions(PAPER_TABLE5[WIDTHS[i]].flops),
    paper: true,
  },
  { label: t.computedVsPublished, cell: (t, i) => diff(t.flops, PAPER_TABLE5[WIDTHS[i]].flops) },
  { label: t.weightsOurs, cell: (t) => m(t.params), title: (t) => groupDigits(t.params) },
  {
    label: t.weightsPublished,
    cell: (_, i) => formatMillions(PAPER_TABLE5[WIDTHS[i]].params),
    paper: true,
  },
];

/**
 * Our counts next to the paper's, with what two other conventions would add: one operation per
 * value BatchNorm writes, and one per value ReLU writes (both counted by lib/network.ts).
 */
export function PaperComparison() {
  const t = useMessages(networkCellMessages);
  return (
    <div className="table-wrap" role="region" aria-label={t.comparison} tabIndex={0}>
      <table className={styles.compact} data-testid="paper-comparison">
        <thead>
          <tr>
            <th>ShuffleNetV2</th>
            {WIDTHS.map((w) => (
              <th key={w} className="num">
                {Number(w)}×
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows(t).map((r) => (
            <tr key={r.label}>
              <th
                scope="row"
                style={{ fontWeight: r.paper ? 400 : undefined, fontStyle: r.paper ? 'italic' : undefined }}>
                {r.label}
              </th>
              {TABLES.map((t, i) => (
                <td key={i} className="num" title={r.title?.(t)}>
                  {r.cell(t, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
