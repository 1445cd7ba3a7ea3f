import { paperRelative, type PaperTable, type Platform } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import { textUnits } from '../../lib/textWidth';
import { useElementWidth } from '../hooks/useElementWidth';
import styles from './Tables.module.css';
import { useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const PLATFORM_NAME = { gpu: 'gpuPanel', arm: 'armPanel' } as const satisfies Record<Platform, string>;
const PLATFORMS = ['gpu', 'arm'] as const;
const GAP = 12;
/** below this a panel's bars are too short to compare (the value labels take ~50px of it) */
const MIN_PANEL = 110;

export interface PanelLayout {
  /** panels per row: all six (GPU then ARM), the three widths of one platform, or one */
  across: 6 | 3 | 1;
  /** width of each panel's bars, without the row labels (which only the row's first panel has) */
  panelWidth: number;
}

/**
 * How many panels fit side by side: six when the figure is wide enough for both platforms in one
 * row (half the height of two rows, and GPU beside ARM reads as the comparison it is), else a row
 * per platform, else (a phone) one panel under the other.
 */
export function panelLayout(width: number, labelWidth: number): PanelLayout {
  const six = Math.floor((width - labelWidth - 6 * GAP) / 6);
  if (six >= MIN_PANEL) return { across: 6, panelWidth: six };
  if (width >= 620) return { across: 3, panelWidth: Math.floor((width - labelWidth - 2 * GAP) / 3) };
  return { across: 1, panelWidth: width };
}

/**
 * One of the paper's guideline tables as small multiples: a panel per platform and width, each
 * row of bars the speed relative to the table's first row in the same column (100 %, dashed).
 * Every panel of a platform shares one axis, so panels compare at a glance. Side by side, only the
 * row's first panel names the rows; on a phone the panels stack.
 */
export function PaperSpeedPanels({ table }: { table: PaperTable }) {
  const m = useMessages(guidelinesMessages);
  const [ref, width] = useElementWidth<HTMLDivElement>(680, { min: 280, max: 1200 });
  // a Chinese character is about twice as wide as a Latin letter
  const longest = Math.max(...table.rows.map((r) => textUnits(r.label)));
  const labelWidth = 12 + 7 * longest;
  const { across, panelWidth } = panelLayout(width, labelWidth);
  const sideBySide = across > 1;

  const panel = (platform: Platform, k: number, labels: boolean, separated = false) => {
    const percents = table.rows[0][platform].map((_, j) => paperRelative(table, platform, j));
    const hi = Math.max(100, ...percents.flat()) * 1.02;
    const column = table.columns[platform][k];
    return (
      <div key={`${platform}-${column}`} className={styles.panel} data-separated={separated || undefined}>
        <p className={styles.panelName} style={{ paddingLeft: sideBySide ? (labels ? labelWidth : 6) : undefined }}>
          {column}
        </p>
        <BarChart
          title={m.panelTitle(table.table, platform === 'gpu' ? 'GPU' : 'ARM', column, table.rows[0].label)}
          bars={table.rows.map((r, i) => ({
            label: r.label,
            value: percents[k][i],
            color: seriesColor(i === 0 ? 2 : 0),
          }))}
          format={(v) => `${Math.round(v)}%`}
          reference={{ value: 100 }}
          domain={[0, hi]}
          rowLabels={!sideBySide || labels}
          minWidth={sideBySide ? MIN_PANEL - 10 : 260}
          maxWidth={sideBySide ? panelWidth + (labels ? labelWidth : 0) : 560}
        />
      </div>
    );
  };

  if (across === 6) {
    // One row: the GPU's three widths, then the ARM's, set apart by a rule; the platform names above.
    const columns = [panelWidth + labelWidth, panelWidth, panelWidth, panelWidth + GAP, panelWidth, panelWidth];
    return (
      <div ref={ref} className={styles.panels} data-panels={table.experiment} data-across={6}>
        <div className={styles.panelRow} style={{ gridTemplateColumns: columns.map((c) => `${c}px`).join(' ') }}>
          {PLATFORMS.map((platform, p) => (
            <p
              key={platform}
              className={styles.platformName}
              style={{ gridColumn: 'span 3', paddingLeft: p ? GAP : 0 }}
              data-separated={p > 0 || undefined}>
              {m[PLATFORM_NAME[platform]]}
            </p>
          ))}
          {PLATFORMS.flatMap((platform, p) =>
            [0, 1, 2].map((k) => panel(platform, k, p === 0 && k === 0, p > 0 && k === 0)),
          )}
        </div>
      </div>
    );
  }
  return (
    <div ref={ref} className={styles.panels} data-panels={table.experiment} data-across={across}>
      {PLATFORMS.map((platform) => (
        <div key={platform} className={styles.platform}>
          <p className={styles.platformName}>{m[PLATFORM_NAME[platform]]}</p>
          <div
            className={styles.panelRow}
            style={{
              gridTemplateColumns: sideBySide ? `${panelWidth + labelWidth}px ${panelWidth}px ${panelWidth}px` : '1fr',
            }}>
            {[0, 1, 2].map((k) => panel(platform, k, k === 0))}
          </div>
        </div>
      ))}
    </div>
  );
}
