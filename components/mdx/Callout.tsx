import type { ReactNode } from 'react';
import { useMessages } from '../i18n/locale';
import { proseMessages } from './proseMessages';

/** "Note" and "Pitfall" boxes in the prose. */
export function Callout({
  kind = 'note',
  title,
  children,
}: {
  kind?: 'note' | 'pitfall' | 'definition';
  title?: string;
  children: ReactNode;
}) {
  const titles = useMessages(proseMessages);
  const heading = title ?? titles[kind];
  return (
    <aside className={`callout ${kind}`} aria-label={heading}>
      <p className="callout-title">{heading}</p>
      {children}
    </aside>
  );
}

export const Note = (props: { title?: string; children: ReactNode }) => <Callout kind="note" {...props} />;
export const Pitfall = (props: { title?: string; children: ReactNode }) => <Callout kind="pitfall" {...props} />;
