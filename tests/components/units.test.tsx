// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupDigits } from '../../lib/format';
import { basicUnit, downUnit } from '../../lib/units';
import { resetRouter, router } from './routerMock';

import { UnitExplorer } from '../../components/units/UnitExplorer';
import { UnitCost } from '../../components/units/UnitCost';
import { FeatureReuse } from '../../components/units/FeatureReuse';
import { StrideFigure } from '../../components/units/StrideFigure';

vi.mock('next/router', async () => {
  const mock = await import('./routerMock');
  return { useRouter: () => mock.router };
});

afterEach(() => {
  cleanup();
  resetRouter();
});

describe('UnitExplorer', () => {
  it('draws every op of the basic unit as a focusable button and shows its cost on focus', () => {
    resetRouter();
    render(<UnitExplorer type="basic" />);
    const spec = basicUnit(116, 28, 28);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.getAttribute('data-op'))).toEqual(spec.ops.map((o) => o.id));
    const dw = buttons.find((b) => b.getAttribute('data-op') === 'right.dw')!;
    fireEvent.focus(dw);
    const details = screen.getByTestId('op-details');
    const op = spec.ops.find((o) => o.id === 'right.dw')!;
    expect(details.textContent).toContain('3×3 depthwise conv · BN');
    expect(details.textContent).toContain(groupDigits(op.params));
    expect(details.textContent).toContain(groupDigits(op.flops));
    expect(details.textContent).toContain('no ReLU');
    expect(dw.getAttribute('aria-pressed')).toBe('true');
  });

  it('explains an odd C from the URL and draws the structure without numbers', () => {
    resetRouter({ c: '7' });
    render(<UnitExplorer type="basic" />);
    expect(screen.getByRole('alert').textContent).toMatch(/C = 7 is odd/);
    expect(document.body.textContent).toContain('Choose valid sizes above');
    expect(document.body.textContent).not.toContain('58×28×28');
  });

  it('writes a typed value to the URL', () => {
    resetRouter();
    render(<UnitExplorer type="basic" />);
    fireEvent.change(screen.getByLabelText('channels C'), { target: { value: '48' } });
    expect(router.push).toHaveBeenCalledTimes(1);
    expect(router.query).toEqual({ c: '48' });
  });

  it('shows the down-sampling unit with doubled channels and halved space', () => {
    resetRouter({ cin: '24', cout: '116', h: '56', w: '56' });
    render(<UnitExplorer type="down" />);
    const svg = document.querySelector('svg[role="group"]')!;
    expect(svg.getAttribute('aria-label')).toContain('output (116×28×28)');
    expect(screen.getAllByRole('button')).toHaveLength(downUnit(24, 116, 56, 56).ops.length);
  });
});

describe('UnitCost', () => {
  it('lists every op and the unit totals', () => {
    resetRouter({ c: '48', h: '14', w: '14' });
    render(<UnitCost type="basic" />);
    const spec = basicUnit(48, 14, 14);
    expect(document.querySelector('[data-total="params"]')!.textContent).toBe(groupDigits(spec.totals.params));
    expect(document.querySelector('[data-total="flops"]')!.textContent).toBe(groupDigits(spec.totals.flops));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(spec.ops.length);
  });

  it('switches the bars to another metric through the URL', () => {
    resetRouter();
    render(<UnitCost type="down" />);
    fireEvent.click(screen.getByRole('button', { name: 'memory access (MAC)' }));
    expect(router.query).toEqual({ 'down-metric': 'mac' });
  });

  it('says why there is no table for an invalid unit', () => {
    resetRouter({ cout: '9' });
    render(<UnitCost type="down" />);
    expect(document.body.textContent).toMatch(/C_out = 9 is odd/);
    expect(document.querySelector('table')).toBeNull();
  });
});

describe('FeatureReuse and StrideFigure', () => {
  it('counts C/2^j untouched channels per row', () => {
    resetRouter({ 'reuse-c': '32', 'reuse-units': '4' });
    render(<FeatureReuse />);
    const counts = [...document.querySelectorAll('[data-count]')].map((e) => Number(e.getAttribute('data-count')));
    expect(counts).toEqual([32, 16, 8, 4, 2]);
  });

  it('draws ⌈n/2⌉ outputs', () => {
    resetRouter({ row: '7' });
    render(<StrideFigure />);
    expect(document.body.textContent).toContain('= 4 = ⌈7/2⌉');
  });
});
