import type { ReactNode } from 'react';

/** A cell's row of controls; `label` names the group when its fields belong together. */
export function ControlRow({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <div className="control-row" role={label ? 'group' : undefined} aria-label={label}>
      {children}
    </div>
  );
}

/** Fields that wrap as one (a feature map's H and W): on a phone the second never sits alone on a line. */
export function ControlPair({ children }: { children: ReactNode }) {
  return <span className="control-pair">{children}</span>;
}
