/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each widget in full (components/cell/island.tsx) */
/**
 * The chapter's widgets (the stepped shuffle, its inverse, the mixing count), loaded once the page has;
 * their static HTML shows at once. The CSS modules are imported here so the static HTML is styled from
 * the start.
 */
import { island } from '../cell/island';
import '../controls/Controls.module.css';
import '../guidelines/Tables.module.css';
import './Shuffle.module.css';

export const ShuffleCell = island(
  () => import('./ShuffleCell').then((m) => m.ShuffleCell),
  typeof window === 'undefined' ? require('./ShuffleCell').ShuffleCell : null,
);
export const InverseCell = island(
  () => import('./InverseCell').then((m) => m.InverseCell),
  typeof window === 'undefined' ? require('./InverseCell').InverseCell : null,
);
export const MixingCell = island(
  () => import('./MixingCell').then((m) => m.MixingCell),
  typeof window === 'undefined' ? require('./MixingCell').MixingCell : null,
);
