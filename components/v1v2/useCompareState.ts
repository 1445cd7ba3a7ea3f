import { basicUnit, downUnit, unitError, type UnitSpec } from '../../lib/units';
import { enumParam, stringParam } from '../../lib/urlState';
import { nearestValidV1Width, V1_GROUPS, v1Unit, v1UnitError, type V1Options, type V1UnitSpec } from '../../lib/v1';
import { useUrlState } from '../cell/useUrlState';

export const BOTTLENECKS = { '1/4': 0.25, '1/2': 0.5, '1': 1 } as const;
export type BottleneckKey = keyof typeof BOTTLENECKS;
const GROUP_KEYS = V1_GROUPS.map(String) as ('1' | '2' | '3' | '4' | '8')[];

const codecs = {
  unit: enumParam(['basic', 'down'] as const, 'basic'),
  c: stringParam('240', 6),
  h: stringParam('28', 5),
  w: stringParam('28', 5),
  g: enumParam(GROUP_KEYS, '3'),
  b: enumParam(Object.keys(BOTTLENECKS) as BottleneckKey[], '1/4'),
};

const LIMITS = { C: 4096, H: 1024, W: 1024 };

/** A dimension the reader typed: a whole number in range, or an explanation. */
export function readDimension(name: keyof typeof LIMITS, raw: string): { value: number } | { error: string } {
  const t = raw.trim();
  if (!/^\d+$/.test(t)) return { error: `${name} must be a positive whole number${t ? ` (you typed “${t}”)` : ''}.` };
  const value = Number(t);
  if (value < 1 || value > LIMITS[name]) return { error: `${name} must be between 1 and ${LIMITS[name]} (you typed ${value}).` };
  return { value };
}

export interface CompareState {
  unit: 'basic' | 'down';
  raw: { c: string; h: string; w: string };
  groups: number;
  bottleneck: BottleneckKey;
  /** an input error that stops both units */
  inputError: string | null;
  v1: V1UnitSpec | null;
  v1Error: string | null;
  /** a nearby C for which V1 works with these settings */
  v1Suggestion: number | null;
  v2: UnitSpec | null;
  v2Error: string | null;
  set: {
    unit(v: 'basic' | 'down'): void;
    c(v: string): void;
    h(v: string): void;
    w(v: string): void;
    groups(v: number): void;
    bottleneck(v: BottleneckKey): void;
  };
}

/** All of the V1-vs-V2 cell's state, in the URL (keys unit, c, h, w, g, b). */
export function useCompareState(): CompareState {
  const [unit, setUnit] = useUrlState('unit', codecs.unit);
  const [c, setC] = useUrlState('c', codecs.c);
  const [h, setH] = useUrlState('h', codecs.h);
  const [w, setW] = useUrlState('w', codecs.w);
  const [g, setG] = useUrlState('g', codecs.g);
  const [b, setB] = useUrlState('b', codecs.b);
  const set = {
    unit: setUnit,
    c: setC,
    h: setH,
    w: setW,
    groups: (v: number) => setG(String(v) as (typeof GROUP_KEYS)[number]),
    bottleneck: setB,
  };
  const base = { unit, raw: { c, h, w }, groups: Number(g), bottleneck: b, set };

  const dims = [readDimension('C', c), readDimension('H', h), readDimension('W', w)];
  const bad = dims.find((d) => 'error' in d);
  if (bad && 'error' in bad) {
    return { ...base, inputError: bad.error, v1: null, v1Error: null, v1Suggestion: null, v2: null, v2Error: null };
  }
  const [C, H, W] = dims.map((d) => ('value' in d ? d.value : 0));
  const options: V1Options = { c: C, h: H, w: W, groups: Number(g), stride: unit === 'basic' ? 1 : 2, bottleneckRatio: BOTTLENECKS[b] };
  const v1Error = v1UnitError(options);
  const v2Error = unit === 'basic' ? unitError('basic', C, C, H, W) : unitError('down', C, 2 * C, H, W);
  return {
    ...base,
    inputError: null,
    v1: v1Error ? null : v1Unit(options),
    v1Error,
    v1Suggestion: v1Error ? nearestValidV1Width(options) : null,
    v2: v2Error ? null : unit === 'basic' ? basicUnit(C, H, W) : downUnit(C, 2 * C, H, W),
    v2Error,
  };
}
