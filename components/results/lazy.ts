/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each widget in full (components/cell/island.tsx) */
/**
 * The accuracy-against-speed and detection charts with their controls, loaded once the page has (their static HTML shows at once).
 * Their CSS modules are imported here so the static HTML is styled from the start.
 */
import { island } from '../cell/island';
import '../controls/Controls.module.css';
import './Results.module.css';

export const AccuracySpeed = island(
  () => import('./AccuracySpeed').then((m) => m.AccuracySpeed),
  typeof window === 'undefined' ? require('./AccuracySpeed').AccuracySpeed : null,
);
export const Detection = island(
  () => import('./Detection').then((m) => m.Detection),
  typeof window === 'undefined' ? require('./Detection').Detection : null,
);
