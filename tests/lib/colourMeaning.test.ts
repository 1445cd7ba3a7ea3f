import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reservedColourUses } from '../helpers/colourMeaning';

const ROOT = join(__dirname, '../..');

/**
 * The only files that may use the identity / branch / shuffle-group colours, and why. A figure
 * that is not about the two paths of a unit (a comparison, a cost chart, a highlight) uses
 * seriesColor(i) or colors.highlight instead; add a file here only if it draws the paths.
 */
const ALLOWED: Record<string, string> = {
  'styles/globals.css': 'defines the tokens',
  'components/diagram/colors.ts': "the unit diagram: an op's and an arrow's colour is its path's colour",
  'components/v1v2/V1V2Compare.tsx': "the key to the diagrams' two path colours",
  'components/model/BranchesView.tsx': "the two branches' outputs of a live unit",
  'components/model/ShuffleView.tsx': 'the concat halves and the shuffle groups built from them',
  'components/explorer/OpStepView.tsx':
    "the explorer's op steps: maps framed by the path (untouched half / branch) they are on",
  'components/split/SplitCell.tsx': 'the channel split: untouched channels and branch channels',
  'components/split/ChannelTiles.tsx': 'channel tiles coloured by the path they take',
  'components/split/ReuseCell.tsx': 'channels that keep taking the untouched path',
  'components/units/FeatureReuse.tsx': 'channels that reached a unit through the untouched path',
  'components/shuffle/MixingCell.tsx': 'which half (untouched or branch) each channel came from',
  'components/shuffle/PermutationDiagram.tsx': 'shuffle groups',
  'components/shuffle/ShuffleSteps.tsx': 'shuffle groups, moving through the grid',
  'components/misconceptions/ChannelRow.tsx': 'shuffle groups',
  'components/misconceptions/ChannelsNotPixels.tsx': 'shuffle groups',
  'components/explorer/detail/RouteDetail.tsx':
    'which half (untouched or branch) a split, concat or shuffle value came from',
  'components/home/ChapterThumb.tsx':
    "chapter pictures: a split's two halves, the concat's two halves and the sum that mixes them",
  'components/explorer/detail/ChannelTrace.tsx': 'a followed channel in the untouched half or entering the branch',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css|mdx)$/.test(entry.name) ? [path] : [];
  });
}

describe('the identity and branch colours mean one thing', () => {
  it('the checker finds every way of reaching for them, and nothing else', () => {
    const fixture = [
      'const a = { fill: colors.identity };',
      'stroke={colors.branch}',
      '.kind-basic { border-top-color: var(--c-identity); }',
      'background: var(--c-branch);',
      'fill={groupColor(g)}',
      'color: var(--c-group-3);',
      'fill={seriesColor(0)} stroke={colors.highlight}',
      "const identity = op('left.identity'); // the word alone is fine",
      'fill={colors.identityLike} /* another name, not the token */',
    ].join('\n');
    expect(reservedColourUses(fixture).map((u) => u.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('no component outside the unit figures uses them', () => {
    const files = ['components', 'styles', 'content', 'pages'].flatMap((d) => sourceFiles(join(ROOT, d)));
    const offenders = files
      .map((f) => relative(ROOT, f))
      .filter((f) => !(f in ALLOWED))
      .flatMap((f) => reservedColourUses(readFileSync(join(ROOT, f), 'utf8')).map((u) => `${f}:${u.line}: ${u.text}`));
    expect(offenders).toEqual([]);
  });

  it('every allowed file exists and still uses them (the list does not rot)', () => {
    const stale = Object.keys(ALLOWED).filter(
      (f) => !existsSync(join(ROOT, f)) || reservedColourUses(readFileSync(join(ROOT, f), 'utf8')).length === 0,
    );
    expect(stale).toEqual([]);
  });
});
