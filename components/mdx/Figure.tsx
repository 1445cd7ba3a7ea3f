import type { ReactNode } from 'react';

/** A numbered figure (numbers come from a CSS counter per chapter) with its caption. */
export function Figure({ caption, id, children }: { caption: ReactNode; id?: string; children: ReactNode }) {
  return (
    <figure className="figure" id={id}>
      {children}
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
