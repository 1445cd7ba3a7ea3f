import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCompileHints, COMPILE_HINT, withCompileHint } from '../../scripts/compile-hints.mjs';

describe('compile hints on the exported chunks', () => {
  it('puts the hint on the first line, where V8 reads it, once', () => {
    const source = '"use strict";(globalThis.TURBOPACK||[]).push([1]);';
    const hinted = withCompileHint(source);
    expect(hinted.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(hinted.endsWith(source)).toBe(true);
    expect(withCompileHint(hinted)).toBe(hinted);
  });

  it('hints every chunk, nested ones too, and nothing else; running it again changes nothing', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hints-'));
    const chunks = path.join(out, '_next', 'static', 'chunks');
    fs.mkdirSync(path.join(chunks, 'pages'), { recursive: true });
    fs.writeFileSync(path.join(chunks, 'a.js'), 'a()');
    fs.writeFileSync(path.join(chunks, 'pages', 'b.js'), 'b()');
    fs.writeFileSync(path.join(chunks, 'c.css'), 'body{}');
    fs.mkdirSync(path.join(out, 'worker'));
    fs.writeFileSync(path.join(out, 'worker', 'w.js'), 'w()');
    expect(addCompileHints(out)).toBe(2);
    expect(fs.readFileSync(path.join(chunks, 'a.js'), 'utf8')).toBe(`${COMPILE_HINT}\na()`);
    expect(fs.readFileSync(path.join(chunks, 'pages', 'b.js'), 'utf8')).toBe(`${COMPILE_HINT}\nb()`);
    expect(fs.readFileSync(path.join(chunks, 'c.css'), 'utf8')).toBe('body{}');
    expect(fs.readFileSync(path.join(out, 'worker', 'w.js'), 'utf8')).toBe('w()');
    expect(addCompileHints(out)).toBe(0);
    fs.rmSync(out, { recursive: true, force: true });
  });
});
