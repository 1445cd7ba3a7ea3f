// @ts-check
const path = require('node:path');
const createMDX = require('@next/mdx');

// BASE_PATH puts the whole site under a sub-path (e.g. /shufflenet for a project page).
// It must be known at build time: Next bakes it into every link and asset URL.
const basePath = (process.env.BASE_PATH || '').replace(/\/$/, '');

// One id per build: it names the service worker's cache and versions the model files' URLs, so a
// new deploy never serves a reader a file cached from the previous one.
const buildId = process.env.BUILD_ID || `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

// What a live figure downloads, in bytes, built into the page so its progress bar is determinate
// from the first moment (components/model/loadSizes.ts).
const fs = require('node:fs');
const size = (file) => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};
const modelsDir = path.join(__dirname, 'public', 'models');
// The model worker is built beside the site (scripts/build-worker.mjs, run first by `npm run build`
// and `npm run dev`), under a content-hashed name the pages need to know.
const workerBuild = path.join(__dirname, '.worker.json');
if (!fs.existsSync(workerBuild)) {
  // A clean clone's first `next typegen` or `next build` run on its own: build the worker once here.
  require('node:child_process').execFileSync('node', [path.join(__dirname, 'scripts', 'build-worker.mjs')], {
    stdio: 'inherit',
  });
}
const modelWorker = JSON.parse(fs.readFileSync(workerBuild, 'utf8'));
const loadBytes = {
  code: modelWorker.startBytes,
  wasm: size(path.join(__dirname, 'public', 'worker', modelWorker.wasm)),
  models: Object.fromEntries(
    fs.readdirSync(modelsDir).map((name) => [
      name,
      {
        model: size(path.join(modelsDir, name, 'model.onnx')),
        samples: size(path.join(modelsDir, name, 'samples.bin')),
      },
    ]),
  ),
};

// "About this model" for each shipped model, picked from its manifest (scripts/model-facts.cjs).
const { modelFacts } = require('./scripts/model-facts.cjs');
const facts = Object.fromEntries(
  fs
    .readdirSync(modelsDir)
    .filter((name) => fs.existsSync(path.join(modelsDir, name, 'manifest.json')))
    .map((name) => [
      name,
      modelFacts(JSON.parse(fs.readFileSync(path.join(modelsDir, name, 'manifest.json'), 'utf8'))),
    ]),
);

const withMDX = createMDX({
  extension: /\.mdx?$/,
  options: {
    // Under Turbopack plugins are given by name (strings), with JSON-serialisable options.
    remarkPlugins: [
      'remark-gfm',
      'remark-math',
      'remark-frontmatter',
      ['remark-mdx-frontmatter', { name: 'frontmatter' }],
    ],
    rehypePlugins: [
      'rehype-slug',
      // A translated chapter's headings keep the English ids, so anchors mean one place in both editions.
      path.join(__dirname, 'lib/mdx/rehypeTwinHeadingIds.mjs'),
      // A soft line break inside a Chinese sentence is no space.
      path.join(__dirname, 'lib/mdx/rehypeJoinCjkLines.mjs'),
      [
        'rehype-autolink-headings',
        {
          behavior: 'append',
          properties: { className: ['heading-anchor'], ariaHidden: 'true', tabIndex: -1 },
          content: { type: 'text', value: '#' },
        },
      ],
      ['rehype-katex', { strict: false, output: 'htmlAndMathml' }],
      // Keeps inline math and its trailing comma on one line. An absolute path: Turbopack resolves
      // plugin strings as modules, and a relative one from somewhere else than this file.
      path.join(__dirname, 'lib/mdx/rehypeMathPunctuation.mjs'),
      // Each formula as one element holding KaTeX's markup as a string (far less JavaScript to ship and hydrate).
      path.join(__dirname, 'lib/mdx/rehypeKatexAsHtml.mjs'),
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
  generateBuildId: () => buildId,
  env: {
    NEXT_PUBLIC_BASE_PATH: basePath,
    NEXT_PUBLIC_BUILD_ID: buildId,
    NEXT_PUBLIC_MODEL_WORKER: `${basePath}/worker/${modelWorker.worker}`,
    NEXT_PUBLIC_LAB_WORKER: `${basePath}/worker/${modelWorker.labWorker}`,
    NEXT_PUBLIC_WORKER_FILES: JSON.stringify(
      [...modelWorker.scripts, modelWorker.wasm].map((f) => `${basePath}/worker/${f}`),
    ),
    NEXT_PUBLIC_LOAD_BYTES: JSON.stringify(loadBytes),
    NEXT_PUBLIC_MODEL_FACTS: JSON.stringify(facts),
  },
};

module.exports = withMDX(nextConfig);
