/**
 * A rehype plugin: a line break inside a Chinese sentence is not a space. Markdown keeps a soft
 * line break as "\n", which browsers show as a space — right between Latin words, wrong between
 * two Chinese characters (or a character and a full-width mark), where it reads as a stray gap.
 * This joins such lines, also where the break falls next to an inline element (a term, a link,
 * emphasis); a break with no CJK on both sides is left alone, so the English chapters are unchanged.
 * Code is never touched.
 */
const CJK_CLASS = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const CJK = new RegExp(`[${CJK_CLASS}]`);
const INNER_BREAK = new RegExp(`([${CJK_CLASS}])[ \\t]*\\n[ \\t]*(?=[${CJK_CLASS}])`, 'g');
const SKIP = new Set(['code', 'pre', 'script', 'style']);

const isSkipped = (node) =>
  (node.type === 'element' || node.type?.startsWith('mdxJsx')) && SKIP.has(node.tagName ?? node.name);

/** The first or last character of the text a node shows ('' if none, or if it is code). */
function edgeChar(node, last) {
  if (!node || isSkipped(node)) return '';
  if (node.type === 'text') return last ? (node.value.at(-1) ?? '') : (node.value[0] ?? '');
  const children = node.children ?? [];
  return edgeChar(last ? children.at(-1) : children[0], last);
}

function join(node) {
  if (isSkipped(node)) return;
  const children = node.children ?? [];
  children.forEach((child, i) => {
    if (child.type !== 'text') return join(child);
    let value = child.value.replace(INNER_BREAK, '$1');
    // A break at the end of this text, before an inline element that starts with CJK.
    if (CJK.test(edgeChar(children[i + 1], false)))
      value = value.replace(new RegExp(`([${CJK_CLASS}])[ \\t]*\\n[ \\t]*$`), '$1');
    // A break at the start of this text, after an inline element that ends with CJK.
    if (CJK.test(edgeChar(children[i - 1], true)))
      value = value.replace(new RegExp(`^[ \\t]*\\n[ \\t]*(?=[${CJK_CLASS}])`), '');
    child.value = value;
  });
}

export default function rehypeJoinCjkLines() {
  return (tree) => join(tree);
}
