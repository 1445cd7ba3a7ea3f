import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/browser.mjs';

/**
 * End-to-end tests against the BUILT site (scripts/e2e.mjs builds it twice first): once served
 * at the root, once under a sub-path, the way a project page on a static host serves it.
 */
export const ROOT_PORT = Number(process.env.E2E_PORT ?? 4310);
export const SUB_PORT = ROOT_PORT + 1;
export const SUB_PATH = '/shufflenet';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // The book's service worker would answer requests that tests route (page.route); the offline
  // test allows it explicitly.
  use: { launchOptions: launchOptions(), trace: 'off', serviceWorkers: 'block' },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${ROOT_PORT}/` } },
    { name: 'subpath', use: { baseURL: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/` } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs --dir out --port ${ROOT_PORT}`,
      url: `http://127.0.0.1:${ROOT_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.mjs --dir .e2e/sub --base ${SUB_PATH} --port ${SUB_PORT} --headers`,
      url: `http://127.0.0.1:${SUB_PORT}${SUB_PATH}/`,
      reuseExistingServer: false,
    },
  ],
});
