import { PAPER_TABLES, type Platform } from '../../lib/paperTables';
import type { ExperimentId } from '../../lib/labExperiments';
import { QuotedTable } from './PaperTable';

const PLATFORMS: { id: Platform; name: string; unit: string }[] = [
  { id: 'gpu', name: 'GPU', unit: 'batches/s' },
  { id: 'arm', name: 'ARM', unit: 'images/s' },
];

/**
 * One of the paper's guideline tables (Tables 1–4) with every GPU and ARM figure, from
 * lib/paperTables.ts, so that the chapter and the benchmark lab quote the same numbers. Two
 * header rows, as in the paper: the platform over its three widths.
 */
export function PaperResults({ experiment }: { experiment: ExperimentId }) {
  const t = PAPER_TABLES[experiment];
  const perPlatform = t.channelHeading ? 4 : 3;
  return (
    <QuotedTable
      label={`The paper's ${t.table}: measured speeds`}
      source={
        <>
          Source: Ma et al. 2018, {t.table} (arXiv 1807.11164). {t.caption}
          {t.inputSize && <> Input {t.inputSize}.</>} Throughput, higher is faster: a GeForce GTX 1080Ti in batches per second, a
          Snapdragon 810 (one thread) in images per second.{experiment !== 'g1' && <> The paper heads its ARM columns &ldquo;CPU&rdquo; in this table.</>}
        </>
      }
    >
      <thead>
        <tr>
          <th scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>{t.rowHeading}</th>
          {PLATFORMS.map((p) => (
            <th key={p.id} scope="colgroup" colSpan={perPlatform} style={{ textAlign: 'center' }}>{p.name} ({p.unit})</th>
          ))}
        </tr>
        <tr>
          {PLATFORMS.map((p) => [
            ...(t.channelHeading ? [<th key={`${p.id}-ch`} scope="col" style={{ whiteSpace: 'nowrap' }}>{t.channelHeading}</th>] : []),
            ...t.columns[p.id].map((c) => <th key={`${p.id}-${c}`} scope="col" className="num" style={{ whiteSpace: 'nowrap' }}>{c}</th>),
          ])}
        </tr>
      </thead>
      <tbody>
        {t.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 'normal' }}>{r.label}</th>
            {PLATFORMS.map((p) => [
              ...(t.channelHeading ? [<td key={`${p.id}-ch`} style={{ whiteSpace: 'nowrap' }}>{r.channels?.[p.id]}</td>] : []),
              ...r[p.id].map((v, k) => <td key={`${p.id}-${k}`} className="num">{p.id === 'arm' ? v.toFixed(1) : v}</td>),
            ])}
          </tr>
        ))}
      </tbody>
    </QuotedTable>
  );
}
