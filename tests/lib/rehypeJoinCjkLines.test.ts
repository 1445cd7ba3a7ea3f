import { describe, expect, it } from 'vitest';
import rehypeJoinCjkLines from '../../lib/mdx/rehypeJoinCjkLines.mjs';

type Node = { type: string; tagName?: string; value?: string; children?: Node[] };
const text = (value: string): Node => ({ type: 'text', value });
const el = (tagName: string, ...children: Node[]): Node => ({ type: 'element', tagName, children });
const run = (...children: Node[]) => {
  const p = el('p', ...children);
  rehypeJoinCjkLines()({ type: 'root', children: [p] });
  return p.children!.map((c) => c.value ?? `<${c.tagName}>${c.children?.[0]?.value ?? ''}`);
};

describe('rehypeJoinCjkLines', () => {
  it('joins a soft line break between Chinese characters and full-width marks', () => {
    expect(run(text('通道分割把输入\n分成两半，\n  一半保持不变。'))).toEqual([
      '通道分割把输入分成两半，一半保持不变。',
    ]);
  });
  it('joins across an inline element that starts or ends with Chinese', () => {
    expect(run(text('这就是\n'), el('em', text('通道混洗')), text('\n的作用'))).toEqual([
      '这就是',
      '<em>通道混洗',
      '的作用',
    ]);
  });
  it('leaves English text and breaks next to Latin letters alone', () => {
    expect(run(text('channel split\nand shuffle'))).toEqual(['channel split\nand shuffle']);
    expect(run(text('使用\nReLU 激活'))).toEqual(['使用\nReLU 激活']);
  });
  it('never touches code', () => {
    const code = el('code', text('甲\n乙'));
    run(code);
    expect(code.children![0].value).toBe('甲\n乙');
  });
});
