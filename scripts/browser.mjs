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
