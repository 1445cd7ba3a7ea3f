/**
 * A chapter's markdown headings with the ids rehype-slug gives them (both use github-slugger). Plain
 * .mjs: the build's MDX plugins (run by Node without a TypeScript step) and lib/chapters.server.ts share it.
 */
import GithubSlugger from 'github-slugger';

/** Plain text of a markdown heading, as rehype-slug would see it. */
export function headingText(markdown) {
  return markdown
    .replace(/\$([^$]+)\$/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*/g, '')
    .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1$2')
    .trim();
}

/** Every heading of a chapter's markdown (all depths, in order, fenced code skipped). */
export function allHeadings(body) {
  const slugger = new GithubSlugger();
  const headings = [];
  let inFence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match) continue;
    const text = headingText(match[2]);
    headings.push({ depth: match[1].length, text, id: slugger.slug(text) });
  }
  return headings;
}
