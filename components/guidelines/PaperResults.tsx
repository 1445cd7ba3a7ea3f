import { speedupRange, type PaperTable, type Platform } from '../../lib/paperTables';
import type { ExperimentId } from '../../lib/labExperiments';
import { QuotedTable } from './PaperTable';
import { PaperSpeedPanels } from './PaperSpeedPanels';
import styles from './Tables.module.css';
import type { Locale } from '../../lib/i18n';
import { paperTable } from '../../lib/paperTablesMessages';
import { useLocale, useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const PLATFORMS: { id: Platform; name: string; unit: 'batchesPerS' | 'imagesPerS' }[] = [
  { id: 'gpu', name: 'GPU', unit: 'batchesPerS' },
  { id: 'arm', name: 'ARM', unit: 'imagesPerS' },
];

/**
 * The range behind the paper's summary words: how much faster or slower the table's last row runs
 * than its first, over all six columns (both platforms, three widths each).
 */
export function rangeSentence(t: PaperTable, locale: Locale = 'en'): string {
  const m = guidelinesMessages[locale];
  const last = t.rows.length - 1;
  const { min, max } = speedupRange(t, 0, last);
  const [a, b] = [Math.round(min), Math.round(max)];
  const what = m.against(t.rows[last].label, t.rows[0].label);
  if (a >= 0) return m.faster(what, a, b);
  if (b <= 0) return m.slower(what, -b, -a);
  return m.mixed(what, -a, b);
}

/**
 * One of the paper's guideline tables (Tables 1–4), drawn as small multiples (GPU and ARM, a panel
 * per width, relative to the first row) with the range of the effect in its caption. It takes the
 * room right of the prose on a wide screen, so that both platforms fit in one row. Its numbers are
 * `PaperNumbers`, which the chapter puts in the section's "how it was measured" part, so that the
 * chapter and the benchmark lab quote the same numbers.
 */
export function PaperResults({ experiment }: { experiment: ExperimentId }) {
  const locale = useLocale();
  const m = useMessages(guidelinesMessages);
  const t = paperTable(experiment, locale);
  return (
    <figure className={`cell-wide ${styles.results}`} data-paper-results={experiment}>
      <PaperSpeedPanels table={t} />
      <figcaption className="output-note">
        <span className={styles.range}>{rangeSentence(t, locale)}</span>
        {m.sep}
        {m.resultsCaption(t.table, t.rows[0].label)}
      </figcaption>
    </figure>
  );
}

/** The quoted table itself: two header rows, as in the paper, the platform over its three widths. */
export function PaperNumbers({ experiment }: { experiment: ExperimentId }) {
  const m = useMessages(guidelinesMessages);
  const t = paperTable(experiment, useLocale());
  const perPlatform = t.channelHeading ? 4 : 3;
  return (
    <QuotedTable
      label={m.measuredSpeeds(t.table)}
      source={
        <>
          {m.source(t.table)}
          {m.sep}
          {t.caption}
          {t.inputSize && (
            <>
              {m.sep}
              {m.inputSize(t.inputSize)}
            </>
          )}
          {m.sep}
          {m.throughput}
          {experiment !== 'g1' && (
            <>
              {m.sep}
              {m.cpuHeading}
            </>
          )}
        </>
      }>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>
            {t.rowHeading}
          </th>
          {PLATFORMS.map((p) => (
            <th key={p.id} scope="colgroup" colSpan={perPlatform} style={{ textAlign: 'center' }}>
              {p.name} ({m[p.unit]})
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
