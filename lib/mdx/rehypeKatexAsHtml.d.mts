/** Types for the rehype plugin (plain .mjs so next.config.js can load it without a TypeScript step). */
export default function rehypeKatexAsHtml(): (tree: unknown) => void;
/** HTML of a hast subtree (KaTeX's output: elements, text, SVG). */
export function toHtml(node: unknown): string;
