// @vitest-environment jsdom
import fs from 'node:fs';
import path from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BookModel } from '../../components/network/BookModel';
import { NetworkBreakdown } from '../../components/network/NetworkBreakdown';
import { PaperComparison } from '../../components/network/PaperComparison';
import { Table5 } from '../../components/network/Table5';
import { formatCount, groupDigits } from '../../lib/format';
import {
  imagenetSpec,
  networkTable,
  shuffleNetV2,
  specFromManifest,
  type ManifestArchitecture,
} from '../../lib/network';
import { openUrl, urlQuery } from '../helpers/url';

afterEach(() => {
  cleanup();
  openUrl();
  vi.unstubAllGlobals();
});

describe('Table5', () => {
  it('fills the published widths and the reader’s column from lib/network', () => {
    openUrl({ stage2: '64', stage3: '128', stage4: '256', conv5: '512' });
    render(<Table5 />);
    const custom = networkTable(imagenetSpec([64, 128, 256], 512));
    expect(document.querySelector('[data-flops="custom"]')!.textContent).toBe(formatCount(custom.flops, 4));
    expect(document.querySelector('[data-params="1.0"]')!.textContent).toBe(
      formatCount(networkTable(shuffleNetV2('1.0')).params, 4),
    );
    const stage3 = [...document.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'Stage3',
    )!;
    expect([...stage3.querySelectorAll('td[data-col]')].map((td) => td.textContent)).toEqual([
      '96',
      '232',
      '352',
      '488',
      '128',
    ]);
  });

  it('explains an odd stage width and empties the custom column', () => {
    openUrl({ stage3: '233' });
    render(<Table5 />);
    expect(screen.getByRole('alert').textContent).toMatch(/Stage3 has 233 channels, an odd number/);
    expect(document.querySelector('[data-flops="custom"]')!.textContent).toBe('—');
  });

  it('writes the reader’s width to the URL', () => {
    openUrl();
    render(<Table5 />);
    fireEvent.change(screen.getByLabelText('Conv5'), { target: { value: '2048' } });
    expect(urlQuery()).toEqual({ conv5: '2048' });
  });
});

describe('NetworkBreakdown and PaperComparison', () => {
  it('breaks down the chosen width', () => {
    openUrl({ breakdown: '0.5' });
    render(<NetworkBreakdown />);
    const t = networkTable(shuffleNetV2('0.5'));
    expect(document.querySelector('[data-total="params"]')!.textContent).toBe(groupDigits(t.params));
    expect(document.body.textContent).toMatch(/FC layer holds 75\.0% of the/);
    fireEvent.click(screen.getByRole('button', { name: '2×' }));
    expect(urlQuery()).toEqual({ breakdown: '2.0' });
  });

  it('puts each computed total beside the published one', () => {
    render(<PaperComparison />);
    const rows = [...document.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows[3]).toEqual(['41M', '146M', '299M', '591M']);
    expect(rows[6]).toEqual(['1.4M', '2.3M', '3.5M', '7.4M']);
    expect(rows[0][1]).toBe(formatCount(networkTable(shuffleNetV2('1.0')).flops, 4));
  });
});

describe('BookModel', () => {
  const manifest = JSON.parse(
    fs.readFileSync(path.join(__dirname, '../../public/models/digits/manifest.json'), 'utf8'),
  ) as ManifestArchitecture & { params: number; multiplyAdds: number };
  const serve = (body: unknown, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status })),
    );

  it('computes the shipped model from its manifest and confirms agreement', async () => {
    serve(manifest);
    render(<BookModel />);
    await waitFor(() => expect(document.querySelector('[data-book="params"]')).not.toBeNull());
    const t = networkTable(specFromManifest(manifest));
    expect(document.querySelector('[data-book="params"]')!.textContent).toBe(groupDigits(t.params));
    expect(document.querySelector('[data-book="flops"]')!.textContent).toBe(groupDigits(t.flops));
    expect(document.body.textContent).toContain('times fewer multiply-adds than ShuffleNetV2 1×');
    expect(document.body.textContent).not.toContain('differ');
  });

  it('says so when the counts disagree', async () => {
    serve({ ...manifest, params: manifest.params + 1 });
    render(<BookModel />);
    await waitFor(() => expect(document.body.textContent).toContain('The counts differ'));
  });

  it('explains a missing or malformed manifest', async () => {
    serve('nope', 404);
    render(<BookModel />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not be read \(HTTP 404\)/));
    cleanup();
    serve({ ...manifest, stages: 'three' });
    render(<BookModel />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not be read \(.*stages/));
  });
});
