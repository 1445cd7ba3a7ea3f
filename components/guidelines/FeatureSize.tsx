import { FEATURE_SIZES, type FeatureSize } from '../../lib/urlKeys';
import { Select } from '../controls/Select';
import { useMessages } from '../i18n/locale';
import { guidelinesMessages } from './guidelinesMessages';

export { FEATURE_SIZES, type FeatureSize };

const OPTIONS = FEATURE_SIZES.map((s) => ({ value: s, label: `${s}×${s}` }));

/** The labelled "feature map h×w" choice shared by the G1–G4 calculators. */
export function FeatureSizeSelect({ size, onChange }: { size: number; onChange(size: FeatureSize): void }) {
  const t = useMessages(guidelinesMessages);
  return <Select label={t.featureMapHw} value={size as FeatureSize} options={OPTIONS} onChange={onChange} />;
}
