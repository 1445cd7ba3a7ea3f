import { useId, type ReactNode } from 'react';
import { useMessages } from '../i18n/locale';
import { cellMessages } from './cellMessages';

interface CellProps {
  title: string;
  /** Optional one-line description shown under the title. */
  children: ReactNode;
  wide?: boolean;
}

/**
 * A notebook cell: number (from a CSS counter, in reading order), title, then controls and
 * output as children. A <CellCode> child becomes the collapsible "show code" part.
 */
export function Cell({ title, children, wide }: CellProps) {
  const id = useId();
  return (
    <section className={`cell${wide ? ' cell-wide' : ''}`} aria-labelledby={id}>
      <header className="cell-header">
        <span className="cell-number" aria-hidden="true" />
        <p className="cell-title" id={id}>
          {title}
        </p>
      </header>
      <div className="cell-body">{children}</div>
    </section>
  );
}

/** The "show code" part of a cell: code highlighted at build time by the MDX pipeline. */
export function CellCode({ children, summary }: { children: ReactNode; summary?: string }) {
  const t = useMessages(cellMessages);
  return (
    <details className="cell-code">
      <summary>{summary ?? t.showCode}</summary>
      {children}
    </details>
  );
}
