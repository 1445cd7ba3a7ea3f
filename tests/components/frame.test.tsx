// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Cell, CellCode } from '../../components/cell/Cell';
import { Callout } from '../../components/mdx/Callout';
import { Cite } from '../../components/mdx/Cite';
import { Sidebar } from '../../components/layout/Sidebar';
import { ThemeToggle } from '../../components/layout/ThemeToggle';
import { BarChart } from '../../components/charts/BarChart';
import { buildNav } from '../../lib/chapters';

afterEach(cleanup);

describe('frame components', () => {
  it('a cell is a labelled region with its title, body and collapsible code', () => {
    render(
      <Cell title="Try it">
        <p>body</p>
        <CellCode>
          <pre>code()</pre>
        </CellCode>
      </Cell>,
    );
    const region = screen.getByRole('region', { name: 'Try it' });
    expect(region.textContent).toContain('body');
    expect(screen.getByText('Show code').tagName).toBe('SUMMARY');
  });

  it('a citation shows its number and links to the bibliography entry', () => {
    render(<Cite id="ma2018" note="Table 1" />);
    const link = screen.getByRole('link');
    expect(link.textContent).toBe('[1, Table 1]');
    // (trailing slash added by next.config's trailingSlash in the real build)
    expect(link.getAttribute('href')).toMatch(/^\/references\/?#ma2018$/);
    expect(() => render(<Cite id="nobody" />)).toThrow(/Unknown citation/);
  });

  it('callouts are labelled asides', () => {
    render(<Callout kind="pitfall">careful</Callout>);
    expect(screen.getByRole('complementary', { name: 'Pitfall' }).textContent).toContain('careful');
  });

  it('the sidebar marks the current chapter and lists its headings', () => {
    const nav = buildNav(
      [
        { slug: 'a', order: 1, title: 'Alpha', summary: '' },
        { slug: 'b', order: 2, title: 'Beta', summary: '' },
      ],
      'b',
      [{ depth: 2, text: 'Part one', id: 'part-one' }],
    );
    render(<Sidebar nav={nav} open />);
    const current = screen.getByRole('link', { current: 'page' });
    expect(current.textContent).toContain('Beta');
    expect(screen.getByRole('link', { name: 'Part one' }).getAttribute('href')).toBe('#part-one');
  });

  it('the theme toggle sets data-theme and remembers the choice', () => {
    window.matchMedia = vi.fn().mockReturnValue({ matches: false, addEventListener() {}, removeEventListener() {} });
    render(<ThemeToggle />);
    fireEvent.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeTruthy();
  });

  it('bar charts scale bars to their values and describe themselves', () => {
    const { container } = render(
      <BarChart
        title="MAC"
        bars={[
          { label: 'a', value: 100, color: 'red' },
          { label: 'b', value: 50, color: 'blue' },
        ]}
      />,
    );
    const svg = screen.getByRole('img');
    expect(svg.getAttribute('aria-label')).toContain('a: 100; b: 50');
    const widths = [...container.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[0]).toBeCloseTo(widths[1] * 2, 5);
  });
});
