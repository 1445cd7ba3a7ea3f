// Builds the site twice — at the root into out/, under BASE_PATH=/shufflenet into .e2e/sub —
// each followed by scripts/csp.mjs (inline scripts to files, the <meta> policy, _headers), then runs the Playwright
// end-to-end tests against both: the root build under the <meta> policy alone, the sub-path build also with the
// policy as a header on every response (workers included). Extra arguments go to Playwright
// (e.g. `npm run test:e2e -- tests/e2e/pages.spec.ts`). SKIP_BUILD=1 reuses existing builds.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
function build(basePath) {
  console.log(`\n▶ next build${basePath ? ` (BASE_PATH=${basePath})` : ''}`);
  execFileSync('npx', ['next', 'build'], { stdio: 'inherit', env: { ...env, BASE_PATH: basePath } });
  execFileSync('node', ['scripts/csp.mjs', 'out'], { stdio: 'inherit', env: { ...env, BASE_PATH: basePath } });
}
if (!process.env.SKIP_BUILD) {
  execFileSync('node', ['scripts/build-worker.mjs'], { stdio: 'inherit', env }); // the same for both builds
  build('/shufflenet');
  fs.rmSync('.e2e/sub', { recursive: true, force: true });
  fs.mkdirSync('.e2e', { recursive: true });
  fs.renameSync('out', '.e2e/sub');
  build('');
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
