/**
 * The twin networks' measured results (bundled: a few kB, so the chapter's chart is in its static
 * HTML) and where each shipped twin's model file is.
 */
import resultsJson from '../../public/models/twins/results.json';
import v1ManifestJson from '../../public/models/twins/v1/manifest.json';
import { parseTwinResults, v1Units, type TwinResult, type TwinUnit, type TwinVariant } from '../../lib/twins';
import { modelFileUrl } from '../model/catalog';

export const TWIN_RESULTS = parseTwinResults(resultsJson);

/** The twins whose seed-0 network ships with the book, baseline first. */
export const SHIPPED_TWINS: readonly TwinResult[] = TWIN_RESULTS.variants.filter((v) => v.shipped);

export function twinModelUrl(variant: TwinVariant): string {
  return modelFileUrl(`twins/${variant}`, 'model.onnx');
}

/** The V1-units twin's units, for the intervention cell (its manifest is bundled: a few kB). */
export const V1_TWIN_UNITS: readonly TwinUnit[] = v1Units(v1ManifestJson.outputs);
