import { describe, expect, it } from 'vitest';
import { figureSnapshot, modelSnapshot } from '../helpers/figureSnapshot';

describe('figureSnapshot', () => {
  it('renames generated ids consistently, strips CSS-module hashes and rounds numbers', () => {
    const svg =
      '<svg class="_diagram_1a2b3c"><defs><marker id="arrow-«r3»"></marker></defs>' +
      '<path d="M 1.23456 -0.0001 L 3 4" marker-end="url(#arrow-«r3»)"></path></svg>';
    expect(figureSnapshot(svg)).toBe(
      '<svg class="diagram">\n<defs>\n<marker id="id-1">\n</marker>\n</defs>\n' +
        '<path d="M 1.23 0 L 3 4" marker-end="url(#id-1)">\n</path>\n</svg>\n',
    );
  });
  it('tells two different drawings apart', () => {
    expect(figureSnapshot('<rect fill="var(--c-identity)"/>')).not.toBe(
      figureSnapshot('<rect fill="var(--c-branch)"/>'),
    );
  });
  it('rounds view models for canvas figures', () => {
    expect(modelSnapshot({ a: 0.123456789, b: 2 })).toBe('{\n  "a": 0.1235,\n  "b": 2\n}\n');
  });
});
