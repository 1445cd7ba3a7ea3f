/** Types for the rehype plugin (plain .mjs so next.config.js can load it without a TypeScript step). */
export default function rehypeTwinHeadingIds(): (tree: unknown, file: unknown) => void;
