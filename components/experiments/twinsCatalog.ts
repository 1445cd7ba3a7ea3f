/**
 * The twin networks' measured results (bundled: a few kB, so the chapter's chart is in its static
 * HTML) and where each shipped twin's model file is.
 */
import resultsJson from '../../public/models/twins/results.json';
import { parseTwinResults, type TwinResult, type TwinVariant } from '../../lib/twins';
import { modelFileUrl } from '../model/catalog';

export const TWIN_RESULTS = parseTwinResults(resultsJson);

/** The twins whose seed-0 network ships with the book, baseline first. */
export const SHIPPED_TWINS: readonly TwinResult[] = TWIN_RESULTS.variants.filter((v) => v.shipped);

export function twinModelUrl(variant: TwinVariant): string {
  return modelFileUrl(`twins/${variant}`, 'model.onnx');
}
