import type { ReactNode } from 'react';
import { useMessages } from '../i18n/locale';
import { proseMessages } from './proseMessages';

/**
 * A collapsible aside for methodology: how a number was measured or counted, which the argument
 * of the section does not need but a careful reader may want. Closed by default, so the path from
 * a section's interactive to its explanation stays short; the summary names what is inside.
 */
export function HowMeasured({ title, children }: { title?: string; children: ReactNode }) {
  const { howMeasured } = useMessages(proseMessages);
  return (
    <details className="how-measured">
      <summary>{title ?? howMeasured}</summary>
      <div className="how-measured-body">{children}</div>
    </details>
  );
}
