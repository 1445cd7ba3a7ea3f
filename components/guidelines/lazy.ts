/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each cell in full (components/cell/island.tsx) */
/**
 * The chapter's four calculators, their checks against the paper's tables and the paper's measurements, loaded once the page has (their static HTML
 * shows at once). Their CSS modules are imported here so the static HTML is styled from the start.
 */
import { island } from '../cell/island';
import '../controls/Controls.module.css';
import './Tables.module.css';

export const G1Cell = island(
  () => import('./G1Cell').then((m) => m.G1Cell),
  typeof window === 'undefined' ? require('./G1Cell').G1Cell : null,
);
export const G2Cell = island(
  () => import('./G2Cell').then((m) => m.G2Cell),
  typeof window === 'undefined' ? require('./G2Cell').G2Cell : null,
);
export const G3Cell = island(
  () => import('./G3Cell').then((m) => m.G3Cell),
  typeof window === 'undefined' ? require('./G3Cell').G3Cell : null,
);
export const G4Cell = island(
  () => import('./G4Cell').then((m) => m.G4Cell),
  typeof window === 'undefined' ? require('./G4Cell').G4Cell : null,
);
export const Table1Check = island(
  () => import('./G1Cell').then((m) => m.Table1Check),
  typeof window === 'undefined' ? require('./G1Cell').Table1Check : null,
);
export const Table2Check = island(
  () => import('./G2Cell').then((m) => m.Table2Check),
  typeof window === 'undefined' ? require('./G2Cell').Table2Check : null,
);
export const DepthwiseRatio = island(
  () => import('./G4Cell').then((m) => m.DepthwiseRatio),
  typeof window === 'undefined' ? require('./G4Cell').DepthwiseRatio : null,
);
export const PaperResults = island(
  () => import('./PaperResults').then((m) => m.PaperResults),
  typeof window === 'undefined' ? require('./PaperResults').PaperResults : null,
);
export const PaperNumbers = island(
  () => import('./PaperResults').then((m) => m.PaperNumbers),
  typeof window === 'undefined' ? require('./PaperResults').PaperNumbers : null,
);
