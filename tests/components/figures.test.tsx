// @vitest-environment jsdom
/**
 * Snapshots of the book's smaller figures on fixed inputs (the unit diagram and the charts have
 * their own files). Each figure is rendered with the URL state a reader could share, and its
 * drawing compared with a committed SVG: a reversed line, a swapped colour or a moved tile fails.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { G3Cell } from '../../components/guidelines/G3Cell';
import { ChannelRow } from '../../components/misconceptions/ChannelRow';
import { ChannelsNotPixels } from '../../components/misconceptions/ChannelsNotPixels';
import { ChannelTiles } from '../../components/split/ChannelTiles';
import { ReuseCell } from '../../components/split/ReuseCell';
import { SplitCell } from '../../components/split/SplitCell';
import { FeatureReuse } from '../../components/units/FeatureReuse';
import { StrideFigure } from '../../components/units/StrideFigure';
import { shufflePermutation } from '../../lib/shuffle';
import { figureSnapshot } from '../helpers/figureSnapshot';
import { openUrl } from '../helpers/url';

afterEach(cleanup);

/** Every SVG the component draws, in order, normalised. */
function drawing(container: HTMLElement): string {
  const svgs = [...container.querySelectorAll('svg')];
  expect(svgs.length).toBeGreaterThan(0);
  return svgs.map((svg) => figureSnapshot(svg)).join('\n');
}

describe('figure snapshots', () => {
  it('channel tiles: four channels, coloured by the path they take', async () => {
    const { container } = render(
      <svg>
        <ChannelTiles
          channels={[
            { index: 0, kind: 'identity' },
            { index: 1, kind: 'identity' },
            { index: 2, kind: 'branch', computed: true },
            { index: 3, kind: 'branch', computed: true },
          ]}
          size={4}
          x={0}
          y={0}
          tile={6}
          gap={2}
        />
      </svg>,
    );
    await expect(drawing(container)).toMatchFileSnapshot('__snapshots__/channel-tiles.svg');
  });

  it('a channel row in shuffled order (12 channels, g = 3)', async () => {
    const { container } = render(<ChannelRow order={shufflePermutation(12, 3)} groups={3} label="after the shuffle" />);
    await expect(drawing(container)).toMatchFileSnapshot('__snapshots__/channel-row-12-3.svg');
  });

  it.each([
    ['split-default', SplitCell, {}],
    ['split-quarter', SplitCell, { spc: '24', spr: '2' }],
    ['reuse-default', ReuseCell, {}],
    ['feature-reuse-default', FeatureReuse, {}],
    ['stride-default', StrideFigure, {}],
    ['stride-row-9', StrideFigure, { row: '9' }],
    ['g3-series-4', G3Cell, {}],
    ['g3-parallel-2', G3Cell, { g3s: 'parallel-2' }],
    ['channels-not-pixels', ChannelsNotPixels, {}],
  ] as const)('%s', async (name, Figure, query) => {
    openUrl(query);
    const { container } = render(<Figure />);
    await expect(drawing(container)).toMatchFileSnapshot(`__snapshots__/${name}.svg`);
  });
});
