import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import crypto from 'node:crypto';
import {
  addMetaPolicy,
  applyPolicy,
  externaliseInlineScripts,
  headersFile,
  policyString,
  scriptHash,
} from '../../scripts/csp.mjs';
import { themeBootScript } from '../../components/layout/ThemeToggle';
import { workerStartScript } from '../../components/model/workerStart';

/** The head's own inline scripts (pages/_document.tsx), which every deployed policy must allow by hash. */
const HEAD_SCRIPT_HASHES = [scriptHash(themeBootScript), scriptHash(workerStartScript)];

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8" data-next-head=""/><title>t</title>${body}</head><body></body></html>`;

describe('the strict Content-Security-Policy', () => {
  it('allows no inline script and no eval, only WebAssembly compilation and the scripts it names by hash', () => {
    const scriptSrc = (options?: Parameters<typeof policyString>[0]) =>
      policyString(options)
        .split('; ')
        .find((d) => d.startsWith('script-src '));
    expect(scriptSrc()).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(scriptSrc({ scriptHashes: ["'sha256-b'", "'sha256-a'", "'sha256-b'"] })).toBe(
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'",
    );
  });

  it('names a script by the SHA-256 of its text, base64, as browsers check it', () => {
    const text = "document.documentElement.dataset.theme='dark'";
    expect(scriptHash(text)).toBe(`'sha256-${crypto.createHash('sha256').update(text).digest('base64')}'`);
    expect(scriptHash('a')).not.toBe(scriptHash('a '));
  });

  it('leaves out of the <meta> what a meta policy cannot carry, keeps it in the header', () => {
    expect(policyString({ forMeta: true })).not.toContain('frame-ancestors');
    expect(headersFile()).toContain('frame-ancestors');
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self';/);
  });
});

describe('externaliseInlineScripts', () => {
  it('moves executable inline scripts to files, in place, and leaves data blocks and external scripts', () => {
    const saved: string[] = [];
    const html = page(
      `<script>var a=1</script><script src="/x.js" defer=""></script>` +
        `<script id="__NEXT_DATA__" type="application/json">{"a":1}</script><script type="module">import "/m.js"</script>`,
    );
    const result = externaliseInlineScripts(html, (content) => {
      saved.push(content);
      return `/inline/${saved.length}.js`;
    });
    expect(saved).toEqual(['var a=1', 'import "/m.js"']);
    expect(result.moved).toBe(2);
    expect(result.html).toContain('<script src="/inline/1.js"></script><script src="/x.js" defer=""></script>');
    expect(result.html).toContain('<script id="__NEXT_DATA__" type="application/json">{"a":1}</script>');
    expect(result.html).toContain('<script type="module" src="/inline/2.js"></script>');
    expect(result.hashes).toEqual([]);
  });

  it('keeps a script marked data-csp="hash" inline and returns its hash', () => {
    const html = page('<script data-csp="hash">boot()</script><script>other()</script>');
    const result = externaliseInlineScripts(html, () => '/inline/1.js');
    expect(result.html).toContain('<script data-csp="hash">boot()</script><script src="/inline/1.js"></script>');
    expect(result.moved).toBe(1);
    expect(result.hashes).toEqual([scriptHash('boot()')]);
  });
});

describe('addMetaPolicy', () => {
  it('puts the policy right after the charset, before any script, once', () => {
    const once = addMetaPolicy(page('<script src="/a.js"></script>'));
    expect(once).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8" data-next-head=""\/><meta http-equiv="Content-Security-Policy" content="default-src/,
    );
    expect(addMetaPolicy(once)).toBe(once);
  });
});

describe('applyPolicy', () => {
  it('rewrites every page under the base path, shares identical scripts, writes _headers', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
    fs.mkdirSync(path.join(out, 'chapter'));
    fs.writeFileSync(path.join(out, 'index.html'), page('<script>boot()</script><script>home()</script>'));
    fs.writeFileSync(
      path.join(out, 'chapter', 'index.html'),
      page('<script data-csp="hash">theme()</script><script>boot()</script>'),
    );
    expect(applyPolicy(out, '/book/')).toEqual({ pages: 2, moved: 3, files: 2, hashes: [scriptHash('theme()')] });
    const chapter = fs.readFileSync(path.join(out, 'chapter', 'index.html'), 'utf8');
    const src = /<script src="(\/book\/_next\/static\/inline\/[0-9a-f]{16}\.js)"><\/script>/.exec(chapter)?.[1];
    expect(src).toBeDefined();
    expect(fs.readFileSync(path.join(out, src!.replace('/book/', '')), 'utf8')).toBe('boot()');
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toContain(src!);
    expect(chapter).toContain('http-equiv="Content-Security-Policy"');
    // one policy for the site: every page's <meta> and the header allow the kept scripts of all pages
    const home = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(chapter).toContain(scriptHash('theme()'));
    expect(home).toContain(`content="${policyString({ forMeta: true, scriptHashes: [scriptHash('theme()')] })}"`);
    expect(fs.readFileSync(path.join(out, '_headers'), 'utf8')).toBe(headersFile([scriptHash('theme()')]));
  });
});

describe('the README', () => {
  it('quotes the policy the build writes, for the header and for nginx', () => {
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const policy = policyString({ scriptHashes: HEAD_SCRIPT_HASHES });
    expect(readme).toContain(`\n${policy}\n`);
    expect(readme).toContain(`add_header Content-Security-Policy "${policy}" always;`);
  });
});
