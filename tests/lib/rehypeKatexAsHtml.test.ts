// @vitest-environment jsdom
import katex from 'katex';
import { fromHtmlIsomorphic } from 'hast-util-from-html-isomorphic';
import { describe, expect, it } from 'vitest';
import rehypeKatexAsHtml, { toHtml } from '../../lib/mdx/rehypeKatexAsHtml.mjs';

/** The markup as a browser reads it (attribute quoting and entity choices normalised). */
const normalised = (markup: string) => {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div.innerHTML;
};
const FORMULAS = [
  'g \\times \\frac{c}{g}',
  '\\sqrt{x^2} = |x|',
  'h w (c_1 + c_2) + c_1 c_2',
  '\\text{MAC} \\ge 2\\sqrt{hwB} + \\frac{B}{hw}',
  'a < b \\;\\&\\; \\mathbf{x}',
];

describe('rehypeKatexAsHtml', () => {
  it('writes back exactly the markup KaTeX made (HTML, MathML and SVG)', () => {
    for (const tex of FORMULAS) {
      for (const displayMode of [false, true]) {
        const markup = katex.renderToString(tex, { output: 'htmlAndMathml', displayMode });
        expect(normalised(toHtml(fromHtmlIsomorphic(markup, { fragment: true }) as never)), tex).toBe(
          normalised(markup),
        );
      }
    }
  });

  it('turns each formula into one element with its markup as a string, and leaves the text around it', () => {
    const tree = fromHtmlIsomorphic(`<p>Cost ${katex.renderToString('x^2', { output: 'htmlAndMathml' })}, then</p>`, {
      fragment: true,
    });
    rehypeKatexAsHtml()(tree as never);
    const p = tree.children[0] as unknown as {
      children: { type: string; name?: string; value?: string; attributes?: { name: string; value: unknown }[] }[];
    };
    expect(p.children.map((c) => c.type)).toEqual(['text', 'mdxJsxTextElement', 'text']);
    const formula = p.children[1];
    expect(formula.name).toBe('span');
    expect(formula.attributes!.find((a) => a.name === 'className')!.value).toBe('katex');
    const inner = formula.attributes!.find((a) => a.name === 'dangerouslySetInnerHTML')!.value as {
      data: { estree: { body: { expression: { properties: { value: { value: string } }[] } }[] } };
    };
    expect(inner.data.estree.body[0].expression.properties[0].value.value).toContain(
      '<annotation encoding="application/x-tex">x^2</annotation>',
    );
    expect(p.children[2].value).toBe(', then');
  });
});
