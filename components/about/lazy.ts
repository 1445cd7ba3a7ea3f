/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders it in full (components/cell/island.tsx) */
/**
 * "About this model", closed by default at the end of a section: its facts (the model's manifest summary in
 * both editions) load once the page has, while the static HTML shows the part from the first moment.
 */
import { island } from '../cell/island';

export const AboutModel = island(
  () => import('./AboutModel').then((m) => m.AboutModel),
  typeof window === 'undefined' ? require('./AboutModel').AboutModel : null,
);
