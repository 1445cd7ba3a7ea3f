import { paperRelative, type PaperTable, type Platform } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { BarChart } from '../charts/BarChart';
import { textUnits } from '../../lib/textWidth';
import { useElementWidth } from '../hooks/useElementWidth';
import styles from './Tables.module.css';
import { useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

const PLATFORM_NAME = { gpu: 'gpuPanel', arm: 'armPanel' } as const satisfies Record<Platform, string>;

/**
 * One of the paper's guideline tables as small multiples: a row of panels per platform, one panel
 * per width, each row of bars the speed relative to the table's first row in the same column
 * (100 %, dashed). Every panel of a platform shares one axis, so panels compare at a glance. On a
 * wide page the panels stand side by side and only the first names the rows; on a phone they stack.
 */
export function PaperSpeedPanels({ table }: { table: PaperTable }) {
  const m = useMessages(guidelinesMessages);
  const [ref, width] = useElementWidth<HTMLDivElement>(680, { min: 280, max: 1200 });
  const sideBySide = width >= 620;
  // a Chinese character is about twice as wide as a Latin letter
  const longest = Math.max(...table.rows.map((r) => textUnits(r.label)));
  const labelWidth = 12 + 7 * longest;
  const panelWidth = sideBySide ? Math.floor((width - labelWidth - 24) / 3) : width;
  return (
    <div ref={ref} className={styles.panels} data-panels={table.experiment}>
      {(['gpu', 'arm'] as const).map((platform) => {
        const percents = table.rows[0][platform].map((_, k) => paperRelative(table, platform, k));
        const hi = Math.max(100, ...percents.flat()) * 1.02;
        return (
          <div key={platform} className={styles.platform}>
            <p className={styles.platformName}>{m[PLATFORM_NAME[platform]]}</p>
            <div
              className={styles.panelRow}
              style={{
                gridTemplateColumns: sideBySide
                  ? `${panelWidth + labelWidth}px ${panelWidth}px ${panelWidth}px`
                  : '1fr',
              }}>
              {table.columns[platform].map((column, k) => (
                <div key={column} className={styles.panel}>
                  <p
                    className={styles.panelName}
                    style={{ paddingLeft: sideBySide && k === 0 ? labelWidth : sideBySide ? 6 : undefined }}>
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
                    rowLabels={!sideBySide || k === 0}
                    minWidth={sideBySide ? 120 : 260}
                    maxWidth={sideBySide ? panelWidth + (k === 0 ? labelWidth : 0) : 560}
                  />
                </div>
              ))}
            </div>
          </div>
        );
      })}
    </div>
  );
}
