// Builds the site twice — at the root into out/, under BASE_PATH=/shufflenet into .e2e/sub —
// each followed by scripts/csp.mjs (inline scripts to files, the <meta> policy, _headers) and scripts/compile-hints.mjs
// (the chunks compiled while they download), then runs the Playwright end-to-end tests against both: the root build
// under the <meta> policy alone, the sub-path build also with the policy as a header on every response (workers
// included). Extra arguments go to Playwright
// (e.g. `npm run test:e2e -- tests/e2e/pages.spec.ts`); without any, the long-task spec runs last, alone.
// SKIP_BUILD=1 reuses existing builds.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
function build(basePath) {
  console.log(`\n▶ next build${basePath ? ` (BASE_PATH=${basePath})` : ''}`);
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...env, BASE_PATH: basePath } });
  execFileSync('node', ['scripts/csp.mjs', 'out'], { stdio: 'inherit', env: { ...env, BASE_PATH: basePath } });
  execFileSync('node', ['scripts/compile-hints.mjs', 'out'], { stdio: 'inherit', env });
}
if (!process.env.SKIP_BUILD) {
  execFileSync('node', ['scripts/build-worker.mjs'], { stdio: 'inherit', env }); // the same for both builds
  build('/shufflenet');
  fs.rmSync('.e2e/sub', { recursive: true, force: true });
  fs.mkdirSync('.e2e', { recursive: true });
  fs.renameSync('out', '.e2e/sub');
  build('');
}
const playwright = (args) => spawnSync('npx', ['playwright', 'test', ...args], { stdio: 'inherit', env }).status ?? 1;
const args = process.argv.slice(2);
// The long-task limits are timed alone, after the rest: beside a second browser on this 2-core machine
// each page's tasks stretch with the other's work, and the limit is about the page, not the test run.
const TIMED = 'tests/e2e/longtasks.spec.ts';
const status = args.length
  ? playwright(args)
  : Math.max(playwright(['--grep-invert', 'main-thread task|long-task observer']), playwright([TIMED, '--workers=1']));
process.exit(status);
