import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

/**
 * A `page` that fails the test on any console error (its workers' included), any Content-Security-Policy
 * violation, any failed request and any request to another origin. Every e2e test should import `test` and
 * `expect` from here.
 */
export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  /** Expected failures (a test that breaks the model on purpose) can be allowed by substring. */
  allow(substring: string): void;
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: async ({}, use) => {
    const allowed: string[] = [];
    await use({
      consoleErrors: [],
      failedRequests: [],
      foreignRequests: [],
      allow: (s) => allowed.push(s),
      allowed,
    } as PageProblems);
  },
  page: async ({ page, baseURL, problems }, use) => {
    const origin = new URL(baseURL!).origin;
    const allowed = (problems as PageProblems & { allowed: string[] }).allowed;
    const isAllowed = (text: string) => allowed.some((a) => text.includes(a));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.consoleErrors.push(`${m.text()} @ ${m.location().url}`);
    });
    page.on('pageerror', (e) => problems.consoleErrors.push(`uncaught: ${e.message}`));
    page.on('worker', (worker) => {
      worker.on('console', (m) => {
        if (m.type() === 'error') problems.consoleErrors.push(`worker: ${m.text()} @ ${worker.url()}`);
      });
    });
    // A refused script or style may leave no console message of its own (a blocked inline script simply never
    // runs); the violation event names it.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `CSP violation: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    page.on('request', (r) => {
      const u = r.url();
      if (!u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin)
        problems.foreignRequests.push(u);
    });
    // ERR_ABORTED is the page cancelling its own request (a prefetch cut short by navigation), not a failure.
    page.on('requestfailed', (r) => {
      const reason = r.failure()?.errorText ?? '';
      if (!reason.includes('ERR_ABORTED')) problems.failedRequests.push(`${r.url()} (${reason})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.failedRequests.push(`${r.url()} → HTTP ${r.status()}`);
    });
    await use(page);
    expect(problems.foreignRequests, 'requests to other origins').toEqual([]);
    expect(
      problems.failedRequests.filter((f) => !isAllowed(f)),
      'failed requests',
    ).toEqual([]);
    expect(
      problems.consoleErrors.filter((e) => !isAllowed(e)),
      'console errors',
    ).toEqual([]);
  },
});
export { expect };

/** Every page of the built site, found from out/ so new pages are checked without listing them. */
export function builtPages(outDir = 'out'): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_next' && entry.name !== 'models') walk(full);
      } else if (entry.name === 'index.html') {
        const rel = path.relative(outDir, dir).split(path.sep).join('/');
        pages.push(rel ? `${rel}/` : '');
      }
    }
  };
  walk(outDir);
  return pages.sort();
}

/** Navigates relative to the project's base URL (root or sub-path). */
export async function open(page: Page, relative: string): Promise<void> {
  const response = await page.goto(relative.replace(/^\//, ''), { waitUntil: 'networkidle' });
  expect(response?.status(), `HTTP status of ${relative}`).toBe(200);
}

/** axe's violations on the whole page, each as "rule: the first three targets", so a failure says where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
