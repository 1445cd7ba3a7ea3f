/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each citation in full (components/cell/island.tsx) */
/**
 * Citations as inline islands: the static HTML has every "[1, Sec. 3]" link, and the bibliography's data
 * (authors, titles, addresses) reaches the browser only after the page has loaded, not with every chapter.
 */
import { island } from '../cell/island';

export const Cite = island(
  () => import('./Cite').then((m) => m.Cite),
  typeof window === 'undefined' ? require('./Cite').Cite : null,
  { inline: true },
);
