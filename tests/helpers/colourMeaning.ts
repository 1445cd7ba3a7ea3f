/**
 * The identity and branch colours (and the shuffle-group colours built from them) mean one thing:
 * the untouched half / left branch and the convolution branch. This finds every place a source
 * file reaches for them, so a test can allow them only in the figures of units.
 */
const RESERVED = /colors\.identity\b|colors\.branch\b|--c-identity\b|--c-branch\b|--c-group-\d|groupColor\(/g;

export interface ColourUse {
  line: number;
  text: string;
}

export function reservedColourUses(source: string): ColourUse[] {
  return source.split('\n').flatMap((text, i) => (text.match(RESERVED) ? [{ line: i + 1, text: text.trim() }] : []));
}
