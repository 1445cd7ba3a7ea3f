// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PaperSpeedPanels, panelLayout } from '../../components/guidelines/PaperSpeedPanels';
import { PaperNumbers, PaperResults, rangeSentence } from '../../components/guidelines/PaperResults';
import { SpeedBars, inconclusive } from '../../components/lab/BenchmarkLab';
import { AccuracySpeed } from '../../components/results/AccuracySpeed';
import { Pretrained } from '../../components/results/Pretrained';
import { CHAPTER_SLUGS } from '../../lib/glossary';
import { ChapterThumb } from '../../components/home/ChapterThumb';
import { PAPER_TABLES, paperRelative } from '../../lib/paperTables';
import { figureSnapshot } from '../helpers/figureSnapshot';

afterEach(cleanup);

describe('chapter 2: the paper’s tables as small multiples', () => {
  it('draws a panel per width for each platform, the first row at 100 %', async () => {
    const { container } = render(<PaperSpeedPanels table={PAPER_TABLES.g2} />);
    const svgs = container.querySelectorAll('svg');
    expect(svgs).toHaveLength(6);
    expect(svgs[0].getAttribute('aria-label')).toContain('g = 1: 100%');
    expect(svgs[3].getAttribute('aria-label')).toContain(
      `g = 8: ${Math.round(paperRelative(PAPER_TABLES.g2, 'arm', 0)[3])}%`,
    );
    await expect(figureSnapshot(container.firstElementChild!)).toMatchFileSnapshot('__snapshots__/paper-panels-g2.svg');
  });
  it('quotes the range behind the summary words in the caption; the numbers are a table of their own', () => {
    expect(rangeSentence(PAPER_TABLES.g4)).toBe(
      'Across the six columns, neither against ReLU + shortcut: 8–24 % faster.',
    );
    expect(rangeSentence(PAPER_TABLES.g1)).toMatch(
      /^Across the six columns, 1 : 12 against 1 : 1: \d+–\d+ % slower\.$/,
    );
    const { container } = render(<PaperResults experiment="g1" />);
    expect(container.querySelector('figcaption')!.textContent).toContain(rangeSentence(PAPER_TABLES.g1));
    // the chart leads; the table is placed by the chapter inside its collapsible "how it was measured"
    expect(container.querySelector('table')).toBeNull();
    cleanup();
    const numbers = render(<PaperNumbers experiment="g3" />).container;
    const rows = [...numbers.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(PAPER_TABLES.g3.rows.length);
    expect(rows.at(-1)!.textContent).toContain(String(PAPER_TABLES.g3.rows.at(-1)!.gpu[0]));
  });
  it('draws both platforms in one row in a wide figure, the ARM panels set apart', async () => {
    // every element measures 896 px wide: the figure's width beside the sidebar at 1280 px
    const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
      width: 896,
      height: 0,
      x: 0,
      y: 0,
      top: 0,
      left: 0,
      right: 896,
      bottom: 0,
      toJSON: () => ({}),
    });
    try {
      const { container } = render(<PaperSpeedPanels table={PAPER_TABLES.g1} />);
      const panels = container.firstElementChild!;
      expect(panels.getAttribute('data-across')).toBe('6');
      expect(panels.querySelectorAll('svg')).toHaveLength(6);
      // only the first panel names the rows
      expect(panels.querySelectorAll('svg')[0].textContent).toContain('1 : 12');
      expect(panels.querySelectorAll('svg')[3].textContent).not.toContain('1 : 12');
      expect(panels.querySelectorAll('[data-separated]')).toHaveLength(2);
      await expect(figureSnapshot(panels)).toMatchFileSnapshot('__snapshots__/paper-panels-g1-wide.svg');
    } finally {
      measure.mockRestore();
    }
  });
  it('puts both platforms in one row when six panels fit, else a row per platform, else one column', () => {
    expect(panelLayout(896, 54)).toEqual({ across: 6, panelWidth: Math.floor((896 - 54 - 72) / 6) });
    expect(panelLayout(680, 54).across).toBe(3);
    // long row labels (Table 3's) leave too little room for six panels in the same width
    expect(panelLayout(800, 12 + 7 * 19).across).toBe(3);
    expect(panelLayout(390, 54)).toEqual({ across: 1, panelWidth: 390 });
  });
});

describe('the lab’s chart: the reader and the paper on one axis', () => {
  const labels = ['1 : 1', '1 : 2'];
  const paper = {
    gpu: paperRelative(PAPER_TABLES.g1, 'gpu').slice(0, 2),
    arm: paperRelative(PAPER_TABLES.g1, 'arm').slice(0, 2),
  };
  it('before a run: the rows and the paper’s marks, no bars', async () => {
    const { container } = render(<SpeedBars labels={labels} measured={null} paper={paper} title="G1" />);
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('rect')).toHaveLength(0);
    expect(svg.querySelectorAll('[data-mark]')).toHaveLength(4);
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/lab-empty.svg');
  });
  it('after a run: bars, whiskers, and "inconclusive" where the spread straddles 100 %', async () => {
    const measured = [
      { percent: 100, low: 95, high: 105 },
      { percent: 97, low: 90, high: 104 },
    ];
    const { container } = render(<SpeedBars labels={labels} measured={measured} paper={paper} title="G1" />);
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('rect')).toHaveLength(2);
    expect(svg.textContent).toContain('inconclusive');
    expect(svg.textContent!.match(/inconclusive/g)).toHaveLength(1);
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/lab-measured.svg');
  });
  it('calls a row inconclusive only when its middle half of runs reaches across the baseline', () => {
    expect(inconclusive({ low: 90, high: 104 }, false)).toBe(true);
    expect(inconclusive({ low: 60, high: 80 }, false)).toBe(false);
    expect(inconclusive({ low: 95, high: 105 }, true)).toBe(false);
  });
});

describe('the results chapter', () => {
  it('redraws Fig. 1 from Table 8 and shows the row of the dot or button chosen', async () => {
    const { container } = render(<AccuracySpeed />);
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('[data-point]')).toHaveLength(16);
    expect(screen.getByText(/ShuffleNet v2 2×: 591 MFLOPs/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Xception 2× (our impl.)' }));
    expect(container.querySelector('[data-readout]')!.textContent).toMatch(
      /^Xception 2× \(our impl\.\): 525 MFLOPs, top-1 error 27\.6 %/,
    );
    fireEvent.pointerEnter(svg.querySelector('[data-point="ShuffleNet v1 0.5× (g=3)"]')!);
    expect(container.querySelector('[data-readout]')!.textContent).toMatch(/^ShuffleNet v1 0\.5× \(g=3\): 38 MFLOPs/);
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/accuracy-speed-gpu.svg');
  });
  it('marks the paper’s accuracy on torchvision’s bars', async () => {
    const { container } = render(<Pretrained />);
    const svg = container.querySelector('svg')!;
    expect(svg.querySelectorAll('[data-mark]')).toHaveLength(4);
    await expect(figureSnapshot(svg)).toMatchFileSnapshot('__snapshots__/torchvision-vs-paper.svg');
  });
});

describe('front page cards', () => {
  it('give every chapter and the explorer a picture, all in one frame, hidden from assistive technology', () => {
    const slugs = [...CHAPTER_SLUGS, 'explore'];
    const { container } = render(
      <>
        {slugs.map((slug) => (
          <ChapterThumb key={slug} slug={slug} />
        ))}
        <ChapterThumb slug="no-such-chapter" />
      </>,
    );
    const thumbs = [...container.querySelectorAll('[data-thumb]')];
    expect(thumbs.map((t) => t.getAttribute('data-thumb'))).toEqual(slugs);
    for (const t of thumbs) {
      expect(t.getAttribute('aria-hidden')).toBe('true');
      const svg = t.querySelector('svg')!;
      expect(svg.getAttribute('viewBox')).toBe('0 0 240 100');
      expect(svg.querySelectorAll('rect, path, line, polyline, circle').length).toBeGreaterThanOrEqual(2);
      expect(t.querySelector('a, button, [tabindex="0"]')).toBeNull();
    }
  });

  it('draw a unit from the unit diagram’s own view model: V1’s Add and group convolutions, V2’s split and concat', async () => {
    const { container } = render(<ChapterThumb slug="v1-vs-v2" />);
    const words = [...container.querySelectorAll('text')].map((t) => t.textContent);
    expect(words).toEqual(expect.arrayContaining(['G1×1', '+', 'split', 'concat', 'shuffle', 'DW']));
    await expect(figureSnapshot(container.querySelector('svg')!)).toMatchFileSnapshot(
      '__snapshots__/thumb-v1-vs-v2.svg',
    );
  });
});
