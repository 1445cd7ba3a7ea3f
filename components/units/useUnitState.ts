import { parseUnitInput, type UnitInput, type UnitType } from '../../lib/units';
import { URL_STATE } from '../../lib/urlKeys';
import type { IntCodec } from '../../lib/urlState';
import { useLocale } from '../i18n/locale';
import { useUrlState } from '../cell/useUrlState';

/**
 * The reader's unit dimensions, in the URL. Each field accepts a whole number in its codec's
 * range (a value outside it is refused by the field, which keeps the previous one); a value in
 * range that still does not make a unit (an odd C) is used as typed and explained by the cell.
 * Defaults: basic unit = a Stage2 unit of ShuffleNetV2 1× (116×28×28); down-sampling unit = the
 * unit opening Stage3 of 1× (116×28×28 → 232×14×14). Cells on the same page share them by key.
 */
const basic = URL_STATE['basic-unit'];
const down = URL_STATE['downsampling-unit'];
const params = {
  basic: { cin: basic.c, cout: basic.c, h: basic.h, w: basic.w },
  down: { cin: down.cin, cout: down.cout, h: down.h, w: down.w },
};

export type UnitField = 'cin' | 'cout' | 'h' | 'w';

export interface UnitState {
  type: UnitType;
  values: Record<UnitField, number>;
  /** The range each field accepts (the URL accepts the same). */
  limits: Record<UnitField, Pick<IntCodec, 'min' | 'max'>>;
  set: (field: UnitField, value: number) => void;
  input: UnitInput;
}

export function useUnitState(type: UnitType): UnitState {
  const p = params[type];
  const locale = useLocale();
  const [cin, setCin] = useUrlState(p.cin);
  const [cout, setCout] = useUrlState(p.cout);
  const [h, setH] = useUrlState(p.h);
  const [w, setW] = useUrlState(p.w);
  const setters = { cin: setCin, cout: setCout, h: setH, w: setW };
  const values = { cin, cout: type === 'basic' ? cin : cout, h, w };
  return {
    type,
    values,
    limits: { cin: p.cin.codec, cout: p.cout.codec, h: p.h.codec, w: p.w.codec },
    set: (field, value) => setters[field](value),
    input: parseUnitInput(
      type,
      { cin: String(values.cin), cout: String(values.cout), h: String(h), w: String(w) },
      locale,
    ),
  };
}
