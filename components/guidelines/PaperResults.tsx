import { PAPER_TABLES, PLATFORM_LABEL, type Platform } from '../../lib/paperTables';
import type { ExperimentId } from '../../lib/labExperiments';
import { PaperTable } from './PaperTable';

const PLATFORMS: Platform[] = ['gpu', 'arm'];

/**
 * One of the paper's guideline tables (Tables 1–4) with every GPU and ARM figure, from
 * lib/paperTables.ts, so the chapter and the benchmark lab quote the same numbers.
 */
export function PaperResults({ experiment }: { experiment: ExperimentId }) {
  const t = PAPER_TABLES[experiment];
  const columns = [t.rowHeading];
  for (const p of PLATFORMS) {
    if (t.channelHeading) columns.push(`${p === 'gpu' ? 'GPU' : 'ARM'} ${t.channelHeading}`);
    columns.push(...t.columns[p].map((c) => `${PLATFORM_LABEL[p]}, ${c}`));
  }
  const rows = t.rows.map((r) => {
    const cells: string[] = [r.label];
    for (const p of PLATFORMS) {
      if (t.channelHeading) cells.push(r.channels?.[p] ?? '—');
      cells.push(...r[p].map((v) => (p === 'arm' ? v.toFixed(1) : String(v))));
    }
    return cells;
  });
  return (
    <PaperTable
      label={`The paper's ${t.table}: measured speeds`}
      columns={columns}
      rows={rows}
      source={
        <>
          Source: Ma et al. 2018, {t.table} (arXiv 1807.11164). {t.caption}
          {t.inputSize && <> Input {t.inputSize}.</>} Throughput, higher is faster: GeForce GTX 1080Ti in batches per second, Snapdragon
          810 (one thread) in images per second.{experiment !== 'g1' && <> The paper heads its ARM columns &ldquo;CPU&rdquo; in this table.</>}
        </>
      }
    />
  );
}
