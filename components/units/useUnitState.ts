import { parseUnitInput, type UnitInput, type UnitType } from '../../lib/units';
import { stringParam } from '../../lib/urlState';
import { useUrlState } from '../cell/useUrlState';

/**
 * The reader's unit dimensions, kept in the URL as typed (so an invalid value survives a reload
 * and is explained, never silently replaced). Cells on the same page share them by key.
 * Defaults: basic unit = a Stage2 unit of ShuffleNetV2 1× (116×28×28); down-sampling unit = the
 * unit opening Stage3 of 1× (116×28×28 → 232×14×14).
 */
const codecs = {
  basic: { cin: stringParam('116', 12), cout: stringParam('116', 12), h: stringParam('28', 12), w: stringParam('28', 12) },
  down: { cin: stringParam('116', 12), cout: stringParam('232', 12), h: stringParam('28', 12), w: stringParam('28', 12) },
};
const keys = {
  basic: { cin: 'c', cout: 'c', h: 'h', w: 'w' },
  down: { cin: 'cin', cout: 'cout', h: 'h', w: 'w' },
};

export type UnitField = 'cin' | 'cout' | 'h' | 'w';

export interface UnitState {
  type: UnitType;
  raw: Record<UnitField, string>;
  set: (field: UnitField, value: string) => void;
  input: UnitInput;
}

export function useUnitState(type: UnitType): UnitState {
  const c = codecs[type];
  const k = keys[type];
  const [cin, setCin] = useUrlState(k.cin, c.cin);
  const [cout, setCout] = useUrlState(k.cout, c.cout);
  const [h, setH] = useUrlState(k.h, c.h);
  const [w, setW] = useUrlState(k.w, c.w);
  const setters = { cin: setCin, cout: setCout, h: setH, w: setW };
  const raw = { cin, cout: type === 'basic' ? cin : cout, h, w };
  return {
    type,
    raw,
    set: (field, value) => setters[field](value),
    input: parseUnitInput(type, raw),
  };
}
