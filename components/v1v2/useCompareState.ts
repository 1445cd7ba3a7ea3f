import { basicUnit, downUnit, unitError, type UnitSpec } from '../../lib/units';
import { URL_STATE } from '../../lib/urlKeys';
import {
  nearestValidV1Width,
  v1Unit,
  v1UnitError,
  v2WidthForFlops,
  type V1Options,
  type V1UnitSpec,
} from '../../lib/v1';
import { useUrlState } from '../cell/useUrlState';
import { useLocale } from '../i18n/locale';

export const BOTTLENECKS = { '1/4': 0.25, '1/2': 0.5, '1': 1 } as const;
export type BottleneckKey = keyof typeof BOTTLENECKS;

const params = URL_STATE['v1-vs-v2'];
/** The range each number field accepts (the URL accepts the same). */
export const LIMITS = { c: params.vc.codec, h: params.h.codec, w: params.w.codec };

export interface CompareState {
  unit: 'basic' | 'down';
  values: { c: number; h: number; w: number };
  groups: number;
  bottleneck: BottleneckKey;
  /** equal FLOPs: V2 gets the width whose FLOPs match V1's; same input: V2 gets V1's input width */
  mode: 'flops' | 'input';
  /** V2's input width: V1's, or the one that matches V1's FLOPs */
  v2Width: number;
  v1: V1UnitSpec | null;
  v1Error: string | null;
  /** a nearby C for which V1 works with these settings */
  v1Suggestion: number | null;
  v2: UnitSpec | null;
  v2Error: string | null;
  set: {
    unit(v: 'basic' | 'down'): void;
    c(v: number): void;
    h(v: number): void;
    w(v: number): void;
    groups(v: number): void;
    bottleneck(v: BottleneckKey): void;
    mode(v: 'flops' | 'input'): void;
  };
}

/** All of the V1-vs-V2 cell's state, in the URL (keys unit, vc, h, w, g, b, vm). */
export function useCompareState(): CompareState {
  const [unit, setUnit] = useUrlState(params.unit);
  const [C, setC] = useUrlState(params.vc);
  const [H, setH] = useUrlState(params.h);
  const [W, setW] = useUrlState(params.w);
  const [g, setG] = useUrlState(params.g);
  const [b, setB] = useUrlState(params.b);
  const [mode, setMode] = useUrlState(params.vm);
  const set = {
    unit: setUnit,
    c: setC,
    h: setH,
    w: setW,
    groups: (v: number) => setG(String(v) as typeof g),
    bottleneck: setB,
    mode: setMode,
  };
  const options: V1Options = {
    c: C,
    h: H,
    w: W,
    groups: Number(g),
    stride: unit === 'basic' ? 1 : 2,
    bottleneckRatio: BOTTLENECKS[b],
  };
  const locale = useLocale();
  const v1Error = v1UnitError(options, locale);
  const v1 = v1Error ? null : v1Unit(options);
  // Equal FLOPs needs a V1 unit to match; without one, V2 keeps V1's input width.
  const v2Width = mode === 'flops' && v1 ? v2WidthForFlops(unit, v1.totals.flops, H, W) : C;
  const v2Error =
    unit === 'basic'
      ? unitError('basic', v2Width, v2Width, H, W, locale)
      : unitError('down', v2Width, 2 * v2Width, H, W, locale);
  return {
    unit,
    values: { c: C, h: H, w: W },
    groups: Number(g),
    bottleneck: b,
    mode,
    v2Width,
    set,
    v1,
    v1Error,
    v1Suggestion: v1Error ? nearestValidV1Width(options) : null,
    v2: v2Error ? null : unit === 'basic' ? basicUnit(v2Width, H, W) : downUnit(v2Width, 2 * v2Width, H, W),
    v2Error,
  };
}
