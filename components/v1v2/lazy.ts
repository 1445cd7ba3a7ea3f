/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each widget in full (components/cell/island.tsx) */
/**
 * The chapter's calculator, loaded once the page has (its static HTML shows at once).
 * Their CSS modules are imported here so the static HTML is styled from the start.
 */
import { island } from '../cell/island';
import '../controls/Controls.module.css';
import '../diagram/Diagram.module.css';
import './V1V2.module.css';

export const V1V2Compare = island(
  () => import('./V1V2Compare').then((m) => m.V1V2Compare),
  typeof window === 'undefined' ? require('./V1V2Compare').V1V2Compare : null,
);
