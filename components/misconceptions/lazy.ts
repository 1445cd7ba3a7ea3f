/* eslint-disable @typescript-eslint/no-require-imports -- the server's bundle renders each widget in full (components/cell/island.tsx) */
/**
 * The chapter's demonstrations, loaded once the page has (their static HTML shows at once), so the
 * claims and their rebuttals read before the code arrives. The CSS modules are imported here so the
 * static HTML is styled from the start.
 */
import { island } from '../cell/island';
import '../controls/Controls.module.css';
import './Misconceptions.module.css';

export const ShuffleDeterminism = island(
  () => import('./ShuffleDeterminism').then((m) => m.ShuffleDeterminism),
  typeof window === 'undefined' ? require('./ShuffleDeterminism').ShuffleDeterminism : null,
);
export const ChannelsNotPixels = island(
  () => import('./ChannelsNotPixels').then((m) => m.ChannelsNotPixels),
  typeof window === 'undefined' ? require('./ChannelsNotPixels').ChannelsNotPixels : null,
);
export const ConcatVsAdd = island(
  () => import('./ConcatVsAdd').then((m) => m.ConcatVsAdd),
  typeof window === 'undefined' ? require('./ConcatVsAdd').ConcatVsAdd : null,
);
export const UnitOpTable = island(
  () => import('./UnitOpTable').then((m) => m.UnitOpTable),
  typeof window === 'undefined' ? require('./UnitOpTable').UnitOpTable : null,
);
export const FlopsVsMac = island(
  () => import('./FlopsVsMac').then((m) => m.FlopsVsMac),
  typeof window === 'undefined' ? require('./FlopsVsMac').FlopsVsMac : null,
);
