import type { HTMLAttributes, ReactNode } from 'react';

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

/** A row of results; `live` (the default) has screen readers announce them when they change. */
export function StatGrid({ children, live = true }: { children: ReactNode; live?: boolean }) {
  return (
    <div className="stat-grid" aria-live={live ? 'polite' : undefined}>
      {children}
    </div>
  );
}
