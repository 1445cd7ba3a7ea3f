/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each widget in full (components/cell/island.tsx) */
/**
 * The chapter's width calculators, loaded once the page has (their static HTML shows at once).
 * Their CSS modules are imported here so the static HTML is styled from the start.
 */
import { island } from '../cell/island';
import '../controls/Controls.module.css';
import './Network.module.css';

export const Table5 = island(
  () => import('./Table5').then((m) => m.Table5),
  typeof window === 'undefined' ? require('./Table5').Table5 : null,
);
export const NetworkBreakdown = island(
  () => import('./NetworkBreakdown').then((m) => m.NetworkBreakdown),
  typeof window === 'undefined' ? require('./NetworkBreakdown').NetworkBreakdown : null,
);
export const PaperComparison = island(
  () => import('./PaperComparison').then((m) => m.PaperComparison),
  typeof window === 'undefined' ? require('./PaperComparison').PaperComparison : null,
);
export const BookModel = island(
  () => import('./BookModel').then((m) => m.BookModel),
  typeof window === 'undefined' ? require('./BookModel').BookModel : null,
);
