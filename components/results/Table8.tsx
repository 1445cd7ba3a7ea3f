import { COMPLEXITY_LEVELS, TABLE8 } from '../../lib/paperTables';
import { QuotedTable } from '../guidelines/PaperTable';
import styles from './Results.module.css';

const speed = (v: number | null, digits: number) => (v === null ? '–' : v.toFixed(digits));

/** The paper's Table 8 in full, one click away from the charts drawn from it. */
export function Table8() {
  return (
    <details className={styles.details} data-table="table8">
      <summary>Table 8 in numbers (all {TABLE8.length} rows)</summary>
      <QuotedTable
        label="The paper's Table 8: ImageNet error and speed"
        source={
          <>
            Source: Ma et al. 2018, Table 8 (arXiv 1807.11164). Top-1 error on ImageNet val, single centre crop of
            224×224 (rows marked * 160×160, ** 192×192). GPU: GeForce GTX 1080Ti, batch 8, batches per second. ARM:
            Snapdragon 810, one thread, images per second. &ldquo;our impl.&rdquo;: the paper&rsquo;s own
            reimplementation; &ldquo;–&rdquo;: no speed given.
          </>
        }>
        <thead>
          <tr>
            <th scope="col">model</th>
            <th scope="col" className="num">
              MFLOPs
            </th>
            <th scope="col" className="num">
              top-1 err. (%)
            </th>
            <th scope="col" className="num">
              GPU (batches/s)
            </th>
            <th scope="col" className="num">
              ARM (images/s)
            </th>
          </tr>
        </thead>
        {COMPLEXITY_LEVELS.map((level) => (
          <tbody key={level}>
            <tr className={styles.levelHead}>
              <th scope="colgroup" colSpan={5}>
                About {level}
                {level === 500 ? '+' : ''} MFLOPs
              </th>
            </tr>
            {TABLE8.filter((r) => r.level === level).map((r) => (
              <tr key={r.model}>
                <th scope="row" style={{ fontWeight: 'normal' }}>
                  {r.model}
                </th>
                <td className="num">{r.mflops}</td>
                <td className="num">{r.top1Error.toFixed(1)}</td>
                <td className="num">{speed(r.gpu, 0)}</td>
                <td className="num">{speed(r.arm, 1)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </QuotedTable>
    </details>
  );
}
