/**
 * A rehype plugin (run after rehype-katex and rehypeMathPunctuation): each formula reaches the page
 * as one element holding KaTeX's markup as an HTML string, instead of as React elements.
 *
 * MDX compiles every element of a chapter into the page's JavaScript, and KaTeX draws a formula
 * with dozens of nested spans (its visible HTML and its MathML for screen readers). As React
 * elements a math-heavy chapter shipped several times its prose in JavaScript and React had to
 * create and hydrate a fibre for each span; as one string per formula the JavaScript is a fraction
 * of that and hydration touches one element per formula. The markup and the page are unchanged.
 */
import { find, html, svg } from 'property-information';

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** HTML of a hast subtree (elements, text, comments), as KaTeX's output needs. */
export function toHtml(node, schema = html) {
  if (node.type === 'text') return escapeText(node.value);
  if (node.type === 'comment') return '';
  if (node.type === 'root') return node.children.map((c) => toHtml(c, schema)).join('');
  if (node.type !== 'element') throw new Error(`rehypeKatexAsHtml: unexpected ${node.type} node in KaTeX output`);
  const space = node.tagName === 'svg' ? svg : schema;
  let attributes = '';
  for (const [name, value] of Object.entries(node.properties ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(space, name);
    const text = Array.isArray(value)
      ? value.join(info.commaSeparated ? ', ' : ' ')
      : value === true
        ? ''
        : String(value);
    attributes += value === true ? ` ${info.attribute}` : ` ${info.attribute}="${escapeAttribute(text)}"`;
  }
  const inner = (node.children ?? []).map((c) => toHtml(c, space)).join('');
  return `<${node.tagName}${attributes}>${inner}</${node.tagName}>`;
}

const isFormula = (node) =>
  node.type === 'element' && node.tagName === 'span' && (node.properties?.className ?? []).includes('katex');

/** `<span className="katex" dangerouslySetInnerHTML={{ __html: "…" }} />` as MDX's JSX node. */
function asHtmlElement(node) {
  const markup = (node.children ?? []).map((c) => toHtml(c)).join('');
  const value = {
    type: 'ObjectExpression',
    properties: [
      {
        type: 'Property',
        kind: 'init',
        method: false,
        shorthand: false,
        computed: false,
        key: { type: 'Identifier', name: '__html' },
        value: { type: 'Literal', value: markup },
      },
    ],
  };
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: [
      { type: 'mdxJsxAttribute', name: 'className', value: node.properties.className.join(' ') },
      {
        type: 'mdxJsxAttribute',
        name: 'dangerouslySetInnerHTML',
        value: {
          type: 'mdxJsxAttributeValueExpression',
          value: `{__html: ${JSON.stringify(markup)}}`,
          data: {
            estree: {
              type: 'Program',
              sourceType: 'module',
              body: [{ type: 'ExpressionStatement', expression: value }],
            },
          },
        },
      },
    ],
    children: [],
  };
}

function replace(parent) {
  const children = parent.children ?? [];
  for (let i = 0; i < children.length; i++) {
    if (isFormula(children[i])) children[i] = asHtmlElement(children[i]);
    else if (children[i].children) replace(children[i]);
  }
}

export default function rehypeKatexAsHtml() {
  return (tree) => replace(tree);
}
