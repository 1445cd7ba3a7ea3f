import { describe, expect, it } from 'vitest';
import { localeOfPath, localizePath, stripLocale } from '../../lib/i18n';

describe('editions in the address', () => {
  it('tells a Chinese page from an English one by its first segment only', () => {
    expect(localeOfPath('/zh/')).toBe('zh');
    expect(localeOfPath('/zh')).toBe('zh');
    expect(localeOfPath('/zh/basic-unit')).toBe('zh');
    expect(localeOfPath('/basic-unit/')).toBe('en');
    expect(localeOfPath('/zhuang/')).toBe('en');
    expect(localeOfPath('/')).toBe('en');
  });

  it('moves a page to the other edition and back, keeping query and hash', () => {
    const en = '/basic-unit/?g=3#the-branch';
    const zh = localizePath(en, 'zh');
    expect(zh).toBe('/zh/basic-unit/?g=3#the-branch');
    expect(localizePath(zh, 'en')).toBe(en);
    expect(localizePath(zh, 'zh')).toBe(zh);
    expect(localizePath('/', 'zh')).toBe('/zh/');
    expect(localizePath('/zh/', 'en')).toBe('/');
    expect(stripLocale('/zh')).toBe('/');
  });

  it('leaves shared files, external and relative addresses alone', () => {
    expect(localizePath('/models/fashion/model.onnx', 'zh')).toBe('/models/fashion/model.onnx');
    expect(localizePath('/_next/static/x', 'zh')).toBe('/_next/static/x');
    expect(localizePath('https://arxiv.org/abs/1807.11164', 'zh')).toBe('https://arxiv.org/abs/1807.11164');
    expect(localizePath('//example.org/', 'zh')).toBe('//example.org/');
    expect(localizePath('#anchor', 'zh')).toBe('#anchor');
  });
});
