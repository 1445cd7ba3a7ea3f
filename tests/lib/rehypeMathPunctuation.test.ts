import { describe, expect, it } from 'vitest';
import rehypeMathPunctuation from '../../lib/mdx/rehypeMathPunctuation.mjs';

type Node = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: { className?: string[] };
  children?: Node[];
};
const math = (): Node => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['katex'] },
  children: [{ type: 'text', value: 'x' }],
});

describe('rehypeMathPunctuation', () => {
  it('wraps inline math with its trailing punctuation and leaves the rest of the text', () => {
    const p: Node = { type: 'element', tagName: 'p', children: [math(), { type: 'text', value: ', and more' }] };
    rehypeMathPunctuation()({ type: 'root', children: [p] });
    const glued = p.children![0];
    expect(glued.properties!.className).toEqual(['math-glue']);
    expect(glued.children!.map((c) => c.value ?? c.tagName)).toEqual(['span', ',']);
    expect(p.children![1].value).toBe(' and more');
  });
  it('leaves math that is followed by a space or nothing alone', () => {
    const p: Node = { type: 'element', tagName: 'p', children: [math(), { type: 'text', value: ' then' }, math()] };
    rehypeMathPunctuation()({ type: 'root', children: [p] });
    expect(p.children!.map((c) => c.properties?.className?.[0] ?? c.value)).toEqual(['katex', ' then', 'katex']);
  });
});
