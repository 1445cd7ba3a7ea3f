/**
 * How wide a text is drawn, in units of an average Latin character of the UI font, for figures that
 * decide where to wrap or how wide to make a box before the browser has measured anything. A CJK
 * ideograph or full-width punctuation mark is about one em wide, twice an average Latin letter, so
 * it counts two; everything else counts one.
 */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += WIDE.test(ch) ? 2 : 1;
  return units;
}
