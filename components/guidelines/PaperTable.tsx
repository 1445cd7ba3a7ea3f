import type { ReactNode } from 'react';

interface PaperTableProps {
  /** Names the table for assistive technology; must be unique on the page (e.g. "Setup of the paper's Table 1"). */
  label: string;
  columns: string[];
  rows: ReactNode[][];
  /** Where the quoted figures come from, shown under the table. */
  source: ReactNode;
}

/**
 * A table quoted from the paper, with its source beneath it. Markdown tables all get the same
 * region label, which axe reports when a page has several, so quotes use this instead.
 */
export function PaperTable({ label, columns, rows, source }: PaperTableProps) {
  return (
    <figure style={{ margin: '1rem 0' }}>
      <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
        <table>
          <thead>
            <tr>{columns.map((c) => <th key={c} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => <td key={j}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="output-note"><em>{source}</em></figcaption>
    </figure>
  );
}
