import fs from 'node:fs';
import { axeViolations, builtPages, expect, open, test } from './fixtures';

/**
 * Checks every page of the built site — found from out/, so pages added later are covered
 * without anyone listing them.
 */
const pages = builtPages();
// Fetched documents, shared by the tests of one worker: every page links to every chapter
// through the sidebar, and fetching them once keeps the run fast on a busy machine.
const documents = new Map<string, Promise<{ status: number; html: string }>>();

test.describe.configure({ timeout: 180_000 });

test('the build has the home page and chapters', () => {
  expect(pages).toContain('');
  expect(pages.length).toBeGreaterThan(2);
});

for (const relative of pages) {
  const name = relative || '(home)';
  test.describe(`page ${name}`, () => {
    test('loads cleanly, passes axe, and every internal link and anchor resolves', async ({
      page,
      baseURL,
      request,
    }) => {
      await open(page, relative);
      await expect(page.locator('h1')).toHaveCount(1);
      // Let widgets that load data settle before axe looks at them.
      await page.waitForTimeout(300);
      expect(await axeViolations(page)).toEqual([]);

      const origin = new URL(baseURL!).origin;
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(hrefs.filter((h) => new URL(h).origin === origin))];
      for (const href of internal) {
        const url = new URL(href);
        const docUrl = url.origin + url.pathname;
        if (!documents.has(docUrl)) {
          documents.set(
            docUrl,
            request.get(docUrl).then(async (res) => ({ status: res.status(), html: await res.text() })),
          );
        }
        const doc = await documents.get(docUrl)!;
        expect(doc.status, `link ${href} on ${name}`).toBe(200);
        if (url.hash.length > 1) {
          const id = decodeURIComponent(url.hash.slice(1));
          const html = doc.html;
          expect(html.includes(`id="${id}"`), `anchor #${id} of ${href} on ${name}`).toBe(true);
        }
      }
    });

    test('runs under the strict Content-Security-Policy: hydrated, nothing refused, an injected inline script refused', async ({
      page,
      problems,
    }, testInfo) => {
      const response = await page.goto(relative.replace(/^\//, ''), { waitUntil: 'networkidle' });
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      // no source but the site itself, WebAssembly compilation, and the head's own scripts by their hashes
      expect(meta).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/]+={0,2}')+;/);
      // the policy the README gives hosts to send, less what a <meta> cannot say
      const documented = /\n(default-src [^\n]+)\n/.exec(fs.readFileSync('README.md', 'utf8'))![1];
      expect(meta).toBe(documented.replace(/; frame-ancestors [^;]+/, ''));
      expect(meta).not.toMatch(/script-src[^;]*unsafe-inline/); // styles may be inline, scripts may not
      // The sub-path server sends the policy as a header too, as a host reading out/_headers does.
      if (testInfo.project.name === 'subpath') expect(response?.headers()['content-security-policy']).toContain(meta!);
      // Hydrated: the theme toggle learns the theme only once React runs on the page.
      await expect(page.locator('.theme-toggle')).toHaveAttribute('data-theme-current', /^(light|dark)$/);
      expect(problems.consoleErrors, 'refused or failing while loading').toEqual([]);

      // The policy really is in force: an inline script added now does not run and is reported as refused.
      const ran = await page.evaluate(async () => {
        const refused = new Promise<void>((resolve) =>
          document.addEventListener('securitypolicyviolation', () => resolve(), { once: true }),
        );
        const script = document.createElement('script');
        script.textContent = 'window.__inlineScriptRan = true';
        document.head.append(script);
        await refused;
        return (window as unknown as { __inlineScriptRan?: boolean }).__inlineScriptRan === true;
      });
      expect(ran).toBe(false);
      const reported = problems.consoleErrors.splice(0);
      // Chromium's own message ("Refused to execute inline script …") and the violation event's.
      expect(
        reported.some((m) => m.startsWith('CSP violation: script-src-elem refused inline')),
        reported.join('\n'),
      ).toBe(true);
      expect(
        reported.every((m) => /inline/.test(m)),
        reported.join('\n'),
      ).toBe(true);
    });

    test('fits a 390 px phone: nothing widens the page sideways', async ({ browser, baseURL }) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const phone = await context.newPage();
      await phone.goto(new URL(relative, baseURL).href, { waitUntil: 'networkidle' });
      await phone.waitForTimeout(300);
      // wide figures scroll inside their own box; the page itself never does
      const wide = await phone.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, 'document width at a 390 px viewport').toBeLessThanOrEqual(390);
      await context.close();
      // the static HTML too (before scripts run, or without them): figures laid out for a wide page
      // must scroll inside their own box
      const still = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
      const bare = await still.newPage();
      await bare.goto(new URL(relative, baseURL).href);
      const bareWidth = await bare.evaluate(() => document.documentElement.scrollWidth);
      expect(bareWidth, 'document width at 390 px without JavaScript').toBeLessThanOrEqual(390);
      await still.close();
    });

    test('its text is in the static HTML (readable with JavaScript off)', async ({ browser, baseURL }) => {
      const live = await browser.newPage();
      await live.goto(new URL(relative, baseURL).href, { waitUntil: 'networkidle' });
      const headings = await live.$$eval('main h1, main h2, main h3', (hs) =>
        hs.map((h) => (h.textContent ?? '').replace('#', '').trim()),
      );
      await live.close();
      const context = await browser.newContext({ javaScriptEnabled: false });
      const still = await context.newPage();
      await still.goto(new URL(relative, baseURL).href);
      // innerText puts flex items on lines of their own; compare words, not line breaks
      const words = (s: string) => s.replace(/\s+/g, ' ').trim();
      const text = words(await still.locator('main').innerText());
      for (const heading of headings) expect(text, `heading "${heading}" without JS`).toContain(words(heading));
      const paragraphs = await still.locator('main p').count();
      expect(paragraphs).toBeGreaterThan(0);
      await context.close();
    });
  });
}
