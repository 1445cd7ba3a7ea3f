import { COMPLEXITY_LEVELS, TABLE7 } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { LineChart } from '../charts/LineChart';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { QuotedTable } from '../guidelines/PaperTable';
import styles from './Results.module.css';
import { useMessages } from '../i18n/locale';
import { resultsMessages } from './resultsMessages';

const { 'coco-metric': metricParam } = URL_STATE.results;

/** Table 7: COCO detection with Light-Head R-CNN, one line per backbone over the four complexity levels. */
export function Detection() {
  const [metric, setMetric] = useUrlState(metricParam);
  const t = useMessages(resultsMessages);
  const series = TABLE7.map((r, i) => ({
    label: r.backbone,
    // v2 and v2* share the first colour, v2* dashed: the same network with one more depthwise conv
    color: seriesColor(r.backbone.startsWith('ShuffleNet v2') ? 0 : i + 1),
    dashed: r.backbone === 'ShuffleNet v2*',
    dots: true,
    points: r[metric].map((v, k) => ({ x: COMPLEXITY_LEVELS[k], y: v })),
  }));
  return (
    <figure className={styles.figure} data-figure="table7">
      <ControlRow>
        <Select
          label={t.show}
          value={metric}
          onChange={setMetric}
          options={[
            { value: 'mmAP', label: t.mmapOption },
            { value: 'gpu', label: t.gpuSpeedOption },
          ]}
        />
      </ControlRow>
      <LineChart
        series={series}
        zeroY={false}
        height={300}
        width={620}
        title={t.table7Title(metric === 'mmAP' ? 'mmAP' : t.gpuSpeed)}
        xLabel={t.backboneAxis}
        yLabel={metric === 'mmAP' ? 'mmAP, %' : t.imagesBatch4}
        xTicks={COMPLEXITY_LEVELS.map((l) => ({ value: l, label: `${l}M` }))}
      />
      <details className={styles.details}>
        <summary>{t.table7Numbers}</summary>
        <QuotedTable label={t.table7Region} source={t.table7Source}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>
                {t.backbone}
              </th>
              <th scope="colgroup" colSpan={4} style={{ textAlign: 'center' }}>
                mmAP (%)
              </th>
              <th scope="colgroup" colSpan={4} style={{ textAlign: 'center' }}>
                {t.gpuImages}
              </th>
            </tr>
            <tr>
              {[0, 1].flatMap((k) =>
                COMPLEXITY_LEVELS.map((l) => (
                  <th key={`${k}-${l}`} scope="col" className="num">
                    {l}M
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {TABLE7.map((r) => (
              <tr key={r.backbone}>
                <th scope="row" style={{ fontWeight: 'normal', whiteSpace: 'nowrap' }}>
                  {r.backbone}
                </th>
                {r.mmAP.map((v, k) => (
                  <td key={`a${k}`} className="num">
                    {v.toFixed(1)}
                  </td>
                ))}
                {r.gpu.map((v, k) => (
                  <td key={`g${k}`} className="num">
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </QuotedTable>
      </details>
    </figure>
  );
}
