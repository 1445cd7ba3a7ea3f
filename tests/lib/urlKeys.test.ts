import { describe, expect, it } from 'vitest';
import { URL_STATE, declaredParam, type UrlParam } from '../../lib/urlKeys';

type Declaration = { page: string; key: string; spec: string };

/** Keys declared more than once with different codecs, as "key: page (spec) vs page (spec)". */
export function conflicts(tables: Record<string, Record<string, UrlParam<unknown>>>): string[] {
  const seen = new Map<string, Declaration>();
  const found: string[] = [];
  for (const [page, params] of Object.entries(tables)) {
    for (const [name, param] of Object.entries(params)) {
      if (name !== param.key) found.push(`${name}: declared under another name (${param.key}) on ${page}`);
      const first = seen.get(param.key);
      if (!first) seen.set(param.key, { page, key: param.key, spec: param.codec.spec });
      else if (first.spec !== param.codec.spec)
        found.push(`${param.key}: ${first.page} (${first.spec}) vs ${page} (${param.codec.spec})`);
    }
  }
  return found;
}

describe('URL keys table', () => {
  it('declares no key twice with different codecs, on one page or across pages', () => {
    expect(conflicts(URL_STATE as unknown as Record<string, Record<string, UrlParam<unknown>>>)).toEqual([]);
  });

  it('catches a key declared twice with different codecs', () => {
    const int = (spec: string) => ({ defaultValue: 0, spec, parse: () => 0, format: String });
    const tables = {
      a: { c: { key: 'c', codec: int('int 128') } },
      b: { c: { key: 'c', codec: int('text 116') } },
      d: { c: { key: 'c', codec: int('int 128') } },
    };
    expect(conflicts(tables)).toEqual(['c: a (int 128) vs b (text 116)']);
  });

  it('gives every declared default back through its own codec', () => {
    for (const params of Object.values(URL_STATE) as Record<string, UrlParam<unknown>>[]) {
      for (const { codec } of Object.values(params))
        expect(codec.parse(codec.format(codec.defaultValue))).toEqual(codec.defaultValue);
    }
  });

  it('finds the declaration of a key a shared component uses', () => {
    expect(declaredParam('live-split')?.codec.defaultValue).toBe(0);
    expect(declaredParam('nope')).toBeUndefined();
  });
});
