import { Children, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';

type ValueProps = HTMLAttributes<HTMLSpanElement> & { [data: `data-${string}`]: string };

/** One labelled result ("MAC 1.2M"). */
export function Stat({
  label,
  children,
  valueProps,
}: {
  label: ReactNode;
  children: ReactNode;
  valueProps?: ValueProps;
}) {
  return (
    <div className="stat">
      <span className="label">{label}</span>
      <span className="value" {...valueProps}>
        {children}
      </span>
    </div>
  );
}

/**
 * At most this many cards a row, so that the rows come out even: six cards make two rows of three, not five and
 * one left alone.
 */
export function statColumns(cards: number): number {
  return cards <= 4 ? Math.max(cards, 1) : Math.ceil(cards / 2);
}

/** A row of results; `live` (the default) has screen readers announce them when they change. */
export function StatGrid({ children, live = true }: { children: ReactNode; live?: boolean }) {
  const cards = Children.toArray(children).length;
  return (
    <div
      className="stat-grid"
      style={{ '--stat-columns': statColumns(cards) } as CSSProperties}
      aria-live={live ? 'polite' : undefined}>
      {children}
    </div>
  );
}
