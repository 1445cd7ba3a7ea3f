// Launch options for Debian's Chromium, shared by the e2e tests, screenshots and the benchmark.
// As root Chromium needs --no-sandbox; the networking flags stop it from calling Google's
// services, which this machine's closed network would refuse (and which would count as
// requests to other origins). Playwright gives every launch a fresh, empty profile itself.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchOptions() {
  return {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  };
}

/**
 * Waits until the book's service worker has finished keeping the first visit's files (and the pages
 * it links to) for later visits: until its caches' entry count stops growing for `quietMs`. A repeat
 * visit measured while that copying still runs would measure the copying as well.
 */
export async function serviceWorkerSettled(page, { quietMs = 2000, maxMs = 30_000 } = {}) {
  const count = () =>
    page.evaluate(async () => {
      let n = 0;
      for (const key of await caches.keys()) n += (await (await caches.open(key)).keys()).length;
      return n;
    });
  const start = Date.now();
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() - start < maxMs) {
    const n = await count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n > 0 && Date.now() - stableSince >= quietMs) return n;
    await page.waitForTimeout(250);
  }
  return last;
}
