/** Feature-map sizes the guideline calculators offer (square maps, as in the paper's 56×56 benchmarks). */
export const FEATURE_SIZES = [7, 14, 28, 56] as const;
export type FeatureSize = (typeof FEATURE_SIZES)[number];

/** The labelled "feature map h×w" choice shared by the G1–G4 calculators. */
export function FeatureSizeSelect({ size, onChange }: { size: number; onChange(size: FeatureSize): void }) {
  return (
    <label>
      feature map h×w
      <select value={size} onChange={(e) => onChange(Number(e.target.value) as FeatureSize)}>
        {FEATURE_SIZES.map((s) => <option key={s} value={s}>{s}×{s}</option>)}
      </select>
    </label>
  );
}
