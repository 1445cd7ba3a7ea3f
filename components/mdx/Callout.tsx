import type { ReactNode } from 'react';

const TITLES = { note: 'Note', pitfall: 'Pitfall', definition: 'Definition' } as const;

/** "Note" and "Pitfall" boxes in the prose. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: keyof typeof TITLES;
  title?: string;
  children: ReactNode;
}) {
  return (
    <aside className={`callout ${kind}`} aria-label={title ?? TITLES[kind]}>
      <p className="callout-title">{title ?? TITLES[kind]}</p>
      {children}
    </aside>
  );
}

export const Note = (props: { title?: string; children: ReactNode }) => <Callout kind="note" {...props} />;
export const Pitfall = (props: { title?: string; children: ReactNode }) => <Callout kind="pitfall" {...props} />;
