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
 * The frame of a table quoted from the paper: a labelled, keyboard-scrollable region and the
 * source beneath it. Markdown tables all get the same region label, which axe reports when a page
 * has several, so quotes use this instead.
 */
export function QuotedTable({ label, source, children }: { label: string; source: ReactNode; children: ReactNode }) {
  return (
    <figure style={{ margin: '1rem 0' }}>
      <div className="table-wrap" role="region" aria-label={label} tabIndex={0}>
        <table>{children}</table>
      </div>
      <figcaption className="output-note">
        <em>{source}</em>
      </figcaption>
    </figure>
  );
}

/** A simple quoted table: one header row, plain cells. */
export function PaperTable({ label, columns, rows, source }: PaperTableProps) {
  return (
    <QuotedTable label={label} source={source}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </QuotedTable>
  );
}
