/**
 * The ONNX edits a reader's chosen intervention stands for (the choice itself is URL state,
 * declared in lib/urlKeys.ts).
 */
import type { ManifestUnit } from '../../lib/manifest';
import type { Intervention } from '../../lib/onnxIntervene';
import {
  EVERY_UNIT,
  INTERVENTION_DEFAULT_UNIT,
  INTERVENTION_KINDS,
  V1_NO_UNTOUCHED_HALF,
  type InterventionKind,
} from '../../lib/interventionKinds';
import { parseChannelList } from '../../lib/twins';
import type { Locale } from '../../lib/i18n';
import { twinsMessages } from '../../lib/twinsMessages';
import { experimentsMessages } from './experimentsMessages';

export { EVERY_UNIT };
export const KINDS = INTERVENTION_KINDS satisfies readonly Intervention['kind'][];
export type Kind = InterventionKind;

type Unit = Pick<ManifestUnit, 'name' | 'type' | 'outChannels'> & { design?: 'v2' | 'v1' };

/** The unit the URL names, if the network has it; 'every' stays; anything else falls back to the default. */
export function resolveUnitName(raw: string, units: readonly Unit[]): string {
  if (raw === EVERY_UNIT || units.some((u) => u.name === raw)) return raw;
  return units.some((u) => u.name === INTERVENTION_DEFAULT_UNIT) ? INTERVENTION_DEFAULT_UNIT : EVERY_UNIT;
}

/** Why an intervention cannot be applied where the reader asked, or null. */
export function unavailable(
  kind: Kind,
  unit: Unit | null,
  units: readonly Unit[] = [],
  locale: Locale = 'en',
): string | null {
  const t = experimentsMessages[locale];
  if (kind === 'zero-untouched' && (unit ?? units[0])?.design === 'v1')
    return locale === 'en' ? V1_NO_UNTOUCHED_HALF : twinsMessages[locale].v1NoUntouchedHalf;
  if (kind === 'zero-untouched' && unit?.type === 'down') return t.downNoHalf;
  if (kind === 'channels-off' && !unit) return t.pickOneUnit;
  return null;
}

/** The edits for the reader's choice: one unit, or every unit that can take the intervention. */
export function editsFor(
  kind: Kind,
  unitName: string,
  units: readonly Unit[],
  channelText: string,
  locale: Locale = 'en',
): { edits: Intervention[] } | { error: string } {
  const unit = units.find((u) => u.name === unitName) ?? null;
  const why = unavailable(kind, unit, units, locale);
  if (why) return { error: why };
  if (kind === 'channels-off') {
    const parsed = parseChannelList(channelText, unit!.outChannels, locale);
    if ('error' in parsed) return parsed;
    return { edits: [{ kind, unit: unit!.name, channels: parsed.channels }] };
  }
  const targets = unit ? [unit] : units.filter((u) => kind !== 'zero-untouched' || u.type === 'basic');
  return { edits: targets.map((u) => ({ kind, unit: u.name }) as Intervention) };
}
