// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openUrl } from '../helpers/url';
import { ConcatVsAdd } from '../../components/misconceptions/ConcatVsAdd';
import { groupDigits } from '../../lib/format';
import { basicUnit } from '../../lib/units';

afterEach(cleanup);

describe('ConcatVsAdd', () => {
  it('compares the basic unit with a full-width residual unit, not with the two halves added', () => {
    openUrl();
    render(<ConcatVsAdd />);
    const rows = [...screen.getByRole('table').querySelectorAll('tbody tr')].map((r) =>
      [...r.children].map((td) => td.textContent),
    );
    // C = 8: the V2 branch convolves 4 channels, the residual branch all 8.
    expect(rows[0]).toEqual(['channels the branch convolves', '4', '8']);
    const v2 = basicUnit(8, 28, 28).ops.filter((o) => o.path === 'right');
    const full = basicUnit(16, 28, 28).ops.filter((o) => o.path === 'right');
    const flops = (ops: typeof v2) => ops.reduce((t, o) => t + o.flops, 0);
    expect(rows[1][1]).toBe(groupDigits(flops(v2)));
    expect(rows[1][2]).toBe(groupDigits(flops(full)));
    // 1×1 convs: a quarter of the multiply-adds at half the width.
    expect(full[0].flops).toBe(4 * v2[0].flops);
    expect(rows[2]).toEqual(['element-wise additions', '0', groupDigits(8 * 28 * 28)]);
    expect(screen.getByTestId('toy-shuffled').textContent).toBe('[x0, f0, x1, f1]');
  });
});
