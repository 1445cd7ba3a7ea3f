import { formatChange, formatCount, formatPercent } from '../../lib/format';
import type { VariantCost } from '../../lib/labExperiments';
import type { LabResult } from '../../lib/labProtocol';
import { relativeSpeed } from '../../lib/labStats';
import { useMessages } from '../i18n/locale';
import { labMessages } from './labMessages';
import styles from './BenchmarkLab.module.css';

const signedPercent = (d: number) => (Math.abs(d) < 5e-4 ? '±0%' : formatChange(d));

/**
 * One row per variant: the cost computed from its graph and the paper's relative speeds (always,
 * also in the static HTML) and, once the reader has run the experiment, the measured times.
 */
export function LabTable({
  costs,
  result,
  caption,
  paper,
}: {
  costs: VariantCost[];
  result: LabResult | null;
  caption: string;
  /** the paper's speeds relative to its first row, in the variants' order (lib/paperTables) */
  paper: { gpu: number[]; arm: number[] };
}) {
  const t = useMessages(labMessages);
  const base = result?.variants[0]?.summary;
  return (
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th>{t.colVariant}</th>
            <th>{t.colChannels}</th>
            <th className="num">{t.colFlops}</th>
            <th className="num">{t.colVsFirst}</th>
            <th className="num">{t.colMac}</th>
            <th className="num">{t.colPaperGpu}</th>
            <th className="num">{t.colPaperArm}</th>
            {result && (
              <>
                <th className="num">{t.colMedian}</th>
                <th className="num">{t.colIqr}</th>
                <th className="num">{t.colSpeed}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {costs.map((row, i) => {
            const measured = result?.variants.find((v) => v.id === row.id);
            return (
              <tr key={row.id}>
                <td>{row.label}</td>
                <td>{row.detail}</td>
                <td className="num">{formatCount(row.flops)}</td>
                <td className="num">
                  {i === 0 ? '—' : signedPercent(row.flopsDelta)}
                  {row.flopsNote && <span title={row.flopsNote}> *</span>}
                </td>
                <td className="num">{formatCount(row.mac)}</td>
                <td className="num">{formatPercent(paper.gpu[i] / 100, 0)}</td>
                <td className="num">{formatPercent(paper.arm[i] / 100, 0)}</td>
                {result &&
                  (measured && base ? (
                    <>
                      <td className="num">
                        {measured.summary.median.toFixed(1)}
                        {'\u202f'}ms
                      </td>
                      <td className="num">
                        {measured.summary.q1.toFixed(1)}–{measured.summary.q3.toFixed(1)}
                      </td>
                      <td className="num">{formatPercent(relativeSpeed(base, measured.summary).percent / 100, 0)}</td>
                    </>
                  ) : (
                    <td colSpan={3} />
                  ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="output-note">{t.paperNote}</p>
      {costs
        .filter((c) => c.flopsNote)
        .map((c) => (
          <p key={c.id} className="output-note">
            * {c.label}: {c.flopsNote}
          </p>
        ))}
    </div>
  );
}
