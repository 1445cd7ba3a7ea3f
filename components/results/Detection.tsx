import { COMPLEXITY_LEVELS, TABLE7 } from '../../lib/paperTables';
import { seriesColor } from '../../lib/palette';
import { URL_STATE } from '../../lib/urlKeys';
import { useUrlState } from '../cell/useUrlState';
import { LineChart } from '../charts/LineChart';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { QuotedTable } from '../guidelines/PaperTable';
import styles from './Results.module.css';

const { 'coco-metric': metricParam } = URL_STATE.results;

/** Table 7: COCO detection with Light-Head R-CNN, one line per backbone over the four complexity levels. */
export function Detection() {
  const [metric, setMetric] = useUrlState(metricParam);
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
          label="show"
          value={metric}
          onChange={setMetric}
          options={[
            { value: 'mmAP', label: 'accuracy (mmAP)' },
            { value: 'gpu', label: 'GPU speed (images/s)' },
          ]}
        />
      </ControlRow>
      <LineChart
        series={series}
        zeroY={false}
        height={300}
        width={620}
        title={`The paper's Table 7: COCO detection ${metric === 'mmAP' ? 'mmAP' : 'GPU speed'} of five backbones at four complexity levels`}
        xLabel="backbone complexity, MFLOPs"
        yLabel={metric === 'mmAP' ? 'mmAP, %' : 'images/s (batch 4)'}
        xTicks={COMPLEXITY_LEVELS.map((l) => ({ value: l, label: `${l}M` }))}
      />
      <details className={styles.details}>
        <summary>Table 7 in numbers</summary>
        <QuotedTable
          label="The paper's Table 7: COCO detection"
          source="Source: Ma et al. 2018, Table 7. Light-Head R-CNN on COCO minival, mmAP (mean of mAP at IoU 0.5 to 0.95); GPU speed in images per second at batch 4.">
          <thead>
            <tr>
              <th scope="col" rowSpan={2} style={{ verticalAlign: 'bottom' }}>
                backbone
              </th>
              <th scope="colgroup" colSpan={4} style={{ textAlign: 'center' }}>
                mmAP (%)
              </th>
              <th scope="colgroup" colSpan={4} style={{ textAlign: 'center' }}>
                GPU (images/s)
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
