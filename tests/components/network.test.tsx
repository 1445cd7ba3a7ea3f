// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BookModel } from '../../components/network/BookModel';
import { NetworkBreakdown } from '../../components/network/NetworkBreakdown';
import { PaperComparison } from '../../components/network/PaperComparison';
import { Table5 } from '../../components/network/Table5';
import { formatCount } from '../../lib/cost';
import { imagenetSpec, networkTable, shuffleNetV2, type ManifestArchitecture } from '../../lib/network';
import { groupDigits } from '../../lib/units';
import { resetRouter, router } from './routerMock';

vi.mock('next/router', async () => {
  const mock = await import('./routerMock');
  return { useRouter: () => mock.router };
});

afterEach(() => {
  cleanup();
  resetRouter();
  vi.unstubAllGlobals();
});

describe('Table5', () => {
  it('fills the published widths and the reader’s column from lib/network', () => {
    resetRouter({ stage2: '64', stage3: '128', stage4: '256', conv5: '512' });
    render(<Table5 />);
    const custom = networkTable(imagenetSpec([64, 128, 256], 512));
    expect(document.querySelector('[data-flops="custom"]')!.textContent).toBe(formatCount(custom.flops, 4));
    expect(document.querySelector('[data-params="1.0"]')!.textContent).toBe(formatCount(networkTable(shuffleNetV2('1.0')).params, 4));
    const stage3 = [...document.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th')?.textContent === 'Stage3')!;
    expect([...stage3.querySelectorAll('td[data-col]')].map((td) => td.textContent)).toEqual(['96', '232', '352', '488', '128']);
  });

  it('explains an odd stage width and empties the custom column', () => {
    resetRouter({ stage3: '233' });
    render(<Table5 />);
    expect(screen.getByRole('alert').textContent).toMatch(/Stage3 has 233 channels, an odd number/);
    expect(document.querySelector('[data-flops="custom"]')!.textContent).toBe('—');
  });

  it('writes the reader’s width to the URL', () => {
    resetRouter();
    render(<Table5 />);
    fireEvent.change(screen.getByLabelText('Conv5'), { target: { value: '2048' } });
    expect(router.query).toEqual({ conv5: '2048' });
  });
});

describe('NetworkBreakdown and PaperComparison', () => {
  it('breaks down the chosen width', () => {
    resetRouter({ breakdown: '0.5' });
    render(<NetworkBreakdown />);
    const t = networkTable(shuffleNetV2('0.5'));
    expect(document.querySelector('[data-total="params"]')!.textContent).toBe(groupDigits(t.params));
    expect(document.body.textContent).toMatch(/FC layer holds 75\.0% of the/);
    fireEvent.click(screen.getByRole('button', { name: '2×' }));
    expect(router.query).toEqual({ breakdown: '2.0' });
  });

  it('puts each computed total beside the published one', () => {
    render(<PaperComparison />);
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows[3]).toEqual(['41M', '146M', '299M', '591M']);
    expect(rows[6]).toEqual(['1.4M', '2.3M', '3.5M', '7.4M']);
    expect(rows[0][1]).toBe(formatCount(networkTable(shuffleNetV2('1.0')).flops, 4));
  });
});

describe('BookModel', () => {
  const manifest: ManifestArchitecture & { params: number; multiplyAdds: number } = {
    name: 'tiny',
    input: { shape: [1, 1, 28, 28] },
    classes: ['a', 'b'],
    stem: { outChannels: 8, kernel: 3, stride: 1 },
    stages: [{ name: 'stage2', outChannels: 16, repeats: 2, outSize: [14, 14] }],
    conv5: { outChannels: 32 },
    params: 0,
    multiplyAdds: 0,
  };

  it('computes the model from its manifest and confirms agreement', async () => {
    const spec = networkTable({ name: 'tiny', input: { c: 1, h: 28, w: 28 }, stem: manifest.stem, maxPool: null, stages: [{ name: 'Stage2', outChannels: 16, repeats: 2 }], conv5: manifest.conv5, classes: 2 });
    const body = { ...manifest, params: spec.params, multiplyAdds: spec.flops };
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status: 200 })));
    render(<BookModel />);
    await waitFor(() => expect(document.querySelector('[data-book="params"]')).not.toBeNull());
    expect(document.querySelector('[data-book="params"]')!.textContent).toBe(groupDigits(spec.params));
    expect(document.body.textContent).toContain('Both counts agree exactly');
  });

  it('says so when the counts disagree', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ ...manifest, params: 1, multiplyAdds: 1 }), { status: 200 })));
    render(<BookModel />);
    await waitFor(() => expect(document.body.textContent).toContain('The counts differ'));
  });

  it('explains a missing manifest', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('nope', { status: 404 })));
    render(<BookModel />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not be read \(HTTP 404\)/));
  });
});
