import { PAPER_TABLES, speedupRange, type PaperTable, type Platform } from '../../lib/paperTables';
import type { ExperimentId } from '../../lib/labExperiments';
import { QuotedTable } from './PaperTable';
import { PaperSpeedPanels } from './PaperSpeedPanels';
import styles from './Tables.module.css';

const PLATFORMS: { id: Platform; name: string; unit: string }[] = [
  { id: 'gpu', name: 'GPU', unit: 'batches/s' },
  { id: 'arm', name: 'ARM', unit: 'images/s' },
];

/**
 * The range behind the paper's summary words: how much faster or slower the table's last row runs
 * than its first, over all six columns (both platforms, three widths each).
 */
export function rangeSentence(t: PaperTable): string {
  const last = t.rows.length - 1;
  const { min, max } = speedupRange(t, 0, last);
  const [a, b] = [Math.round(min), Math.round(max)];
  const what = `${t.rows[last].label} against ${t.rows[0].label}`;
  if (a >= 0) return `Across the six columns, ${what}: ${a}–${b} % faster.`;
  if (b <= 0) return `Across the six columns, ${what}: ${-b}–${-a} % slower.`;
  return `Across the six columns, ${what}: from ${-a} % slower to ${b} % faster.`;
}

/**
 * One of the paper's guideline tables (Tables 1–4), drawn as small multiples (GPU and ARM, a panel
 * per width, relative to the first row) with the range of the effect in words, and every figure one
 * click away in the quoted table, so that the chapter and the benchmark lab quote the same numbers.
 */
export function PaperResults({ experiment }: { experiment: ExperimentId }) {
  const t = PAPER_TABLES[experiment];
  return (
    <figure style={{ margin: '1rem 0' }} data-paper-results={experiment}>
      <PaperSpeedPanels table={t} />
      <p className={styles.range}>{rangeSentence(t)}</p>
      <figcaption className="output-note">
        The paper&rsquo;s {t.table}: each bar is a row&rsquo;s measured throughput as a percentage of the first
        row&rsquo;s in the same column (dashed line, 100 %); longer is faster.
      </figcaption>
      <details className={styles.details}>
        <summary>{t.table} in numbers</summary>
        <PaperNumbers experiment={experiment} />
      </details>
    </figure>
  );
}

/** The quoted table itself: two header rows, as in the paper, the platform over its three widths. */
function PaperNumbers({ experiment }: { experiment: ExperimentId }) {
  const t = PAPER_TABLES[experiment];
  const perPlatform = t.channelHeading ? 4 : 3;
  return (
    <QuotedTable
      label={`The paper's ${t.table}: measured speeds`}
      source={
        <>
          Source: Ma et al. 2018, {t.table} (arXiv 1807.11164). {t.caption}
          {t.inputSize && <> Input {t.inputSize}.</>} Throughput, higher is faster: a GeForce GTX 1080Ti in batches per
          second, a Snapdragon 810 (one thread) in images per second.
          {experiment !== 'g1' && <> The paper heads its ARM columns &ldquo;CPU&rdquo; in this table.</>}
        </>
      }>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>
            {t.rowHeading}
          </th>
          {PLATFORMS.map((p) => (
            <th key={p.id} scope="colgroup" colSpan={perPlatform} style={{ textAlign: 'center' }}>
              {p.name} ({p.unit})
            </th>
          ))}
        </tr>
        <tr>
          {PLATFORMS.map((p) => [
            ...(t.channelHeading
              ? [
                  <th key={`${p.id}-ch`} scope="col" style={{ whiteSpace: 'nowrap' }}>
                    {t.channelHeading}
                  </th>,
                ]
              : []),
            ...t.columns[p.id].map((c) => (
              <th key={`${p.id}-${c}`} scope="col" className="num" style={{ whiteSpace: 'nowrap' }}>
                {c}
              </th>
            )),
          ])}
        </tr>
      </thead>
      <tbody>
        {t.rows.map((r) => (
          <tr key={r.label}>
            <th scope="row" style={{ whiteSpace: 'nowrap', fontWeight: 'normal' }}>
              {r.label}
            </th>
            {PLATFORMS.map((p) => [
              ...(t.channelHeading
                ? [
                    <td key={`${p.id}-ch`} style={{ whiteSpace: 'nowrap' }}>
                      {r.channels?.[p.id]}
                    </td>,
                  ]
                : []),
              ...r[p.id].map((v, k) => (
                <td key={`${p.id}-${k}`} className="num">
                  {p.id === 'arm' ? v.toFixed(1) : v}
                </td>
              )),
            ])}
          </tr>
        ))}
      </tbody>
    </QuotedTable>
  );
}
