import { vi } from 'vitest';

let visit = 0;

/**
 * Opens "/test?…" in jsdom's real history, as a fresh entry of someone else's (a link), so the
 * page's URL store follows it. Returns a spy on pushState/replaceState for counting entries.
 */
export function openUrl(query: Record<string, string> = {}) {
  vi.restoreAllMocks();
  const search = new URLSearchParams(query).toString();
  window.history.replaceState({ visit: ++visit }, '', `/test${search ? `?${search}` : ''}`);
  return { push: vi.spyOn(window.history, 'pushState'), replace: vi.spyOn(window.history, 'replaceState') };
}

/** The query the address bar shows now. */
export function urlQuery(): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(window.location.search));
}
