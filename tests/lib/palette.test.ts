import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { colors, groupColor, seriesColor, signedColor, SERIES_COLOR_COUNT } from '../../lib/palette';

const css = readFileSync(join(__dirname, '../../styles/globals.css'), 'utf8');

/** Every `--name: value;` declaration in the stylesheet, in order (a name may repeat: that is what we test). */
function declarations(source: string): [string, string][] {
  return [...source.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]);
}
const tokens = new Map(declarations(css));

/** The light and dark value of a token, following var() references. */
function themed(name: string): { light: string; dark: string } {
  const value = tokens.get(name);
  if (!value) throw new Error(`${name} is not defined`);
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  if (ref) return themed(ref[1]);
  const pair = /^light-dark\((#[\da-f]{6}),\s*(#[\da-f]{6})\)$/i.exec(value);
  if (!pair) throw new Error(`${name} should be light-dark(#light, #dark), is ${value}`);
  return { light: pair[1], dark: pair[2] };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const tokenOf = (cssColor: string) => /^var\((--[\w-]+)\)$/.exec(cssColor)![1];
const BACKGROUNDS = ['--bg', '--bg-soft', '--bg-cell'];

describe('colour tokens', () => {
  it('contrast() agrees with known WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('writes every token once, light and dark side by side', () => {
    const names = declarations(css).map(([n]) => n);
    const repeated = names.filter((n, i) => names.indexOf(n) !== i);
    expect(repeated).toEqual([]);
    expect(css).not.toMatch(/prefers-color-scheme/);
  });

  it('derives the first two shuffle-group colours from the identity and branch colours', () => {
    expect(tokens.get('--c-group-0')).toBe('var(--c-identity)');
    expect(tokens.get('--c-group-1')).toBe('var(--c-branch)');
    expect(groupColor(0)).toBe('var(--c-group-0)');
    expect(groupColor(9)).toBe('var(--c-group-1)');
  });

  it('defines every token lib/palette.ts hands out', () => {
    const used = [...Object.values(colors), ...Array.from({ length: SERIES_COLOR_COUNT }, (_, i) => seriesColor(i))];
    for (const c of used) expect(tokens.has(tokenOf(c)), c).toBe(true);
  });

  it.each(['light', 'dark'] as const)(
    'figure colours stand out from every background in the %s theme (≥ 3 : 1)',
    (theme) => {
      const figure = [
        colors.identity,
        colors.branch,
        colors.shuffle,
        colors.input,
        colors.head,
        colors.highlight,
        colors.negative,
        colors.positive,
        ...Array.from({ length: SERIES_COLOR_COUNT }, (_, i) => seriesColor(i)),
        'var(--note-border)',
        'var(--pitfall-border)',
      ];
      const low = figure
        .flatMap((c) =>
          BACKGROUNDS.map((bg) => ({ c, bg, ratio: contrast(themed(tokenOf(c))[theme], themed(bg)[theme]) })),
        )
        .filter((r) => r.ratio < 3);
      expect(low).toEqual([]);
    },
  );

  it.each(['light', 'dark'] as const)('text colours are readable in the %s theme (≥ 4.5 : 1)', (theme) => {
    const text = ['--fg', '--fg-soft', '--link', '--accent', '--ok', '--bad'];
    const low = text
      .flatMap((t) =>
        ['--bg', '--bg-cell'].map((bg) => ({ t, bg, ratio: contrast(themed(t)[theme], themed(bg)[theme]) })),
      )
      .filter((r) => r.ratio < 4.5);
    expect(low).toEqual([]);
  });

  it('the diverging scale: sign picks the hue, size the strength, zero is the background', () => {
    expect(signedColor(-2, 4)).toBe('color-mix(in srgb, var(--c-negative) 30%, var(--bg-cell))');
    expect(signedColor(9, 4)).toBe('color-mix(in srgb, var(--c-positive) 60%, var(--bg-cell))');
    expect(signedColor(0, 0)).toMatch(/ 0%, var\(--bg-cell\)/);
  });

  it('comparison, highlight and callout colours are never the identity or branch colour', () => {
    const reserved = [themed('--c-identity'), themed('--c-branch')];
    const others = [
      ...Array.from({ length: SERIES_COLOR_COUNT }, (_, i) => tokenOf(seriesColor(i))),
      '--c-negative',
      '--c-positive',
      '--accent',
      '--note-border',
      '--pitfall-border',
    ];
    for (const name of others) {
      for (const r of reserved) {
        expect(themed(name).light, name).not.toBe(r.light);
        expect(themed(name).dark, name).not.toBe(r.dark);
      }
    }
  });
});
