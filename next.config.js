// @ts-check
const path = require('node:path');
const createMDX = require('@next/mdx');

// BASE_PATH puts the whole site under a sub-path (e.g. /shufflenet for a project page).
// It must be known at build time: Next bakes it into every link and asset URL.
const basePath = (process.env.BASE_PATH || '').replace(/\/$/, '');

const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    // Under Turbopack plugins are given by name (strings), with JSON-serialisable options.
    remarkPlugins: ['remark-gfm', 'remark-math', 'remark-frontmatter', ['remark-mdx-frontmatter', { name: 'frontmatter' }]],
    rehypePlugins: [
      'rehype-slug',
      ['rehype-autolink-headings', { behavior: 'append', properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 }, content: { type: 'text', value: '#' } }],
      ['rehype-katex', { strict: false, output: 'htmlAndMathml' }],
      // Keeps inline math and its trailing comma on one line. An absolute path: Turbopack resolves
      // plugin strings as modules, and a relative one from somewhere else than this file.
      path.join(__dirname, 'lib/mdx/rehypeMathPunctuation.mjs'),
      ['rehype-highlight', { detect: false }],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  basePath: basePath || undefined,
  trailingSlash: true,
  reactStrictMode: true,
  pageExtensions: ['ts', 'tsx'],
  // Without this, chapters that import d3 (ESM-only) export as an empty <article>.
  bundlePagesRouterDependencies: true,
  images: { unoptimized: true },
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
};

module.exports = withMDX(nextConfig);
