/**
 * A rehype plugin (run after rehype-katex): glue inline math to the punctuation that follows it.
 *
 * KaTeX draws inline math as inline-block boxes, and browsers may break a line between such a
 * box and a following comma or full stop — on a phone a line then starts with ", and". Wrapping
 * the formula and its trailing punctuation in one `white-space: nowrap` span removes that break
 * and nothing else (the formula's own breaks were never allowed).
 */
const TRAILING = /^[,.;:!?)\]’”%，。；：！？）、]+/;

function isInlineMath(node) {
  return node.type === 'element' && node.tagName === 'span' && (node.properties?.className ?? []).includes('katex');
}

function glue(parent) {
  const children = parent.children ?? [];
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    if (isInlineMath(node)) {
      const next = children[i + 1];
      const match = next && next.type === 'text' ? TRAILING.exec(next.value) : null;
      if (match) {
        const wrapper = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['math-glue'] },
          children: [node, { type: 'text', value: match[0] }],
        };
        next.value = next.value.slice(match[0].length);
        children.splice(i, 1, wrapper);
        if (next.value === '') children.splice(i + 1, 1);
      }
      continue; // never descend into KaTeX's own markup
    }
    if (node.children) glue(node);
  }
}

export default function rehypeMathPunctuation() {
  return (tree) => glue(tree);
}
