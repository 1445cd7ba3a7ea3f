/**
 * The intervention a reader has chosen, as URL state, and the ONNX edits it stands for.
 */
import type { UnitSpec } from '../../lib/manifest';
import type { Intervention } from '../../lib/onnxIntervene';
import { parseChannelList } from '../../lib/twins';
import { enumParam, stringParam } from '../../lib/urlState';

export const EVERY_UNIT = 'every';
export const KINDS = ['bypass-shuffle', 'zero-untouched', 'zero-branch', 'channels-off'] as const satisfies readonly Intervention['kind'][];
export type Kind = (typeof KINDS)[number];

export const kindCodec = enumParam<Kind>(KINDS, 'bypass-shuffle');
export const channelsCodec = stringParam('0-11', 200);
export const unitCodec = (units: readonly UnitSpec[]) => enumParam([...units.map((u) => u.name), EVERY_UNIT], 'stage3.unit2');

/** Why an intervention cannot be applied where the reader asked, or null. */
export function unavailable(kind: Kind, unit: UnitSpec | null): string | null {
  if (kind === 'zero-untouched' && unit?.type === 'down') return 'A down-sampling unit has no untouched half: both of its branches convolve the whole input. Pick a basic unit.';
  if (kind === 'channels-off' && !unit) return 'Channels are numbered per unit; pick one unit to switch some of its channels off.';
  return null;
}

/** The edits for the reader's choice: one unit, or every unit that can take the intervention. */
export function editsFor(kind: Kind, unitName: string, units: readonly UnitSpec[], channelText: string): { edits: Intervention[] } | { error: string } {
  const unit = units.find((u) => u.name === unitName) ?? null;
  const why = unavailable(kind, unit);
  if (why) return { error: why };
  if (kind === 'channels-off') {
    const parsed = parseChannelList(channelText, unit!.outChannels);
    if ('error' in parsed) return parsed;
    return { edits: [{ kind, unit: unit!.name, channels: parsed.channels }] };
  }
  const targets = unit ? [unit] : units.filter((u) => kind !== 'zero-untouched' || u.type === 'basic');
  return { edits: targets.map((u) => ({ kind, unit: u.name }) as Intervention) };
}
