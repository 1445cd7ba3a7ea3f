/**
 * A rehype plugin (run after rehype-slug): a translated chapter's headings take the ids of the English
 * chapter's headings, one for one, so "/zh/basic-unit/#the-branch" is the same place as
 * "/basic-unit/#the-branch" — cross-references and the language switch keep their anchors. A
 * translation whose headings do not match the English ones in number and depth fails the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { allHeadings } from './headings.mjs';

const TRANSLATED = /([\\/])content[\\/](zh)[\\/]/;
const RANK = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

function headingsOf(tree) {
  const found = [];
  const walk = (node) => {
    if (node.type === 'element' && node.tagName in RANK) found.push(node);
    for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return found;
}

export default function rehypeTwinHeadingIds() {
  return (tree, file) => {
    const own = file?.path ?? file?.history?.[0];
    if (!own || !TRANSLATED.test(own)) return;
    const englishFile = own.replace(TRANSLATED, '$1content$1');
    const english = allHeadings(fs.readFileSync(englishFile, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
    const headings = headingsOf(tree);
    const mismatch =
      headings.length !== english.length || headings.some((h, i) => RANK[h.tagName] !== english[i].depth);
    if (mismatch) {
      throw new Error(
        `${path.relative(process.cwd(), own)}: ${headings.length} headings, but the English chapter has ` +
          `${english.length} (they must match one for one, same depths)`,
      );
    }
    headings.forEach((h, i) => {
      h.properties = { ...h.properties, id: english[i].id };
    });
  };
}
