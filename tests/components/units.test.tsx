// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { groupDigits } from '../../lib/format';
import { basicUnit, downUnit } from '../../lib/units';
import { openUrl, urlQuery } from '../helpers/url';

import { UnitExplorer } from '../../components/units/UnitExplorer';
import { UnitCost } from '../../components/units/UnitCost';
import { FeatureReuse } from '../../components/units/FeatureReuse';
import { StrideFigure } from '../../components/units/StrideFigure';

afterEach(() => {
  cleanup();
  openUrl();
});

describe('UnitExplorer', () => {
  it('draws every op of the basic unit as a focusable button and shows its cost on focus', () => {
    openUrl();
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
    openUrl({ c: '7' });
    render(<UnitExplorer type="basic" />);
    expect(screen.getByRole('alert').textContent).toMatch(/C = 7 is odd/);
    expect(document.body.textContent).toContain('Choose valid sizes above');
    expect(document.body.textContent).not.toContain('58×28×28');
  });

  it('writes a typed value to the URL', () => {
    const history = openUrl();
    render(<UnitExplorer type="basic" />);
    fireEvent.change(screen.getByLabelText('channels C'), { target: { value: '48' } });
    expect(history.push).toHaveBeenCalledTimes(1);
    expect(urlQuery()).toEqual({ c: '48' });
  });

  it('refuses a value out of range, keeps the unit it had and says why', () => {
    openUrl({ c: '48' });
    render(<UnitExplorer type="basic" />);
    const field = screen.getByLabelText('channels C') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '-4' } });
    expect(field.value).toBe('-4');
    expect(screen.getByRole('status').textContent).toBe('C must be from 1 to 4096 (you typed -4). Still using C = 48.');
    expect(urlQuery()).toEqual({ c: '48' });
    expect(document.body.textContent).toContain('24×28×28');
    fireEvent.blur(field);
    expect(field.value).toBe('48');
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('keeps every keystroke: typing 2468 one key at a time gives 2468', async () => {
    openUrl();
    render(<UnitExplorer type="basic" />);
    const field = screen.getByLabelText('channels C') as HTMLInputElement;
    for (const text of ['2', '24', '246', '2468']) fireEvent.change(field, { target: { value: text } });
    expect(field.value).toBe('2468');
    expect(document.body.textContent).toContain('1234×28×28');
    // The URL follows within a moment (a burst of writes is mirrored at most every 100 ms).
    await vi.waitFor(() => expect(urlQuery()).toEqual({ c: '2468' }));
  });

  it('shows the down-sampling unit with doubled channels and halved space', () => {
    openUrl({ cin: '24', cout: '116', h: '56', w: '56' });
    render(<UnitExplorer type="down" />);
    const svg = document.querySelector('svg[role="group"]')!;
    expect(svg.getAttribute('aria-label')).toContain('output (116×28×28)');
    expect(screen.getAllByRole('button')).toHaveLength(downUnit(24, 116, 56, 56).ops.length);
  });
});

describe('UnitCost', () => {
  it('lists every op and the unit totals', () => {
    openUrl({ c: '48', h: '14', w: '14' });
    render(<UnitCost type="basic" />);
    const spec = basicUnit(48, 14, 14);
    expect(document.querySelector('[data-total="params"]')!.textContent).toBe(groupDigits(spec.totals.params));
    expect(document.querySelector('[data-total="flops"]')!.textContent).toBe(groupDigits(spec.totals.flops));
    expect(document.querySelectorAll('tbody tr')).toHaveLength(spec.ops.length);
  });

  it('switches the bars to another metric through the URL', () => {
    openUrl();
    render(<UnitCost type="down" />);
    fireEvent.click(screen.getByRole('button', { name: 'memory access (MAC)' }));
    expect(urlQuery()).toEqual({ 'down-metric': 'mac' });
  });

  it('says why there is no table for an invalid unit', () => {
    openUrl({ cout: '9' });
    render(<UnitCost type="down" />);
    expect(document.body.textContent).toMatch(/C_out = 9 is odd/);
    expect(document.querySelector('table')).toBeNull();
  });
});

describe('FeatureReuse and StrideFigure', () => {
  it('counts C/2^j untouched channels per row', () => {
    openUrl({ 'reuse-c': '32', 'reuse-units': '4' });
    render(<FeatureReuse />);
    const counts = [...document.querySelectorAll('[data-count]')].map((e) => Number(e.getAttribute('data-count')));
    expect(counts).toEqual([32, 16, 8, 4, 2]);
  });

  it('draws ⌈n/2⌉ outputs', () => {
    openUrl({ row: '7' });
    render(<StrideFigure />);
    expect(document.body.textContent).toContain('= 4 = ⌈7/2⌉');
  });
});
