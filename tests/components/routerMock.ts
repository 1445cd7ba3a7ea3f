import { vi } from 'vitest';

/** A stand-in for next/router: a query the test sets, and push/replace spies that update it. */
export const router = {
  isReady: true,
  pathname: '/test',
  query: {} as Record<string, string>,
  push: vi.fn(async (url: { query: Record<string, string> }) => {
    router.query = url.query;
    return true;
  }),
  replace: vi.fn(async (url: { query: Record<string, string> }) => {
    router.query = url.query;
    return true;
  }),
};

export function resetRouter(query: Record<string, string> = {}) {
  router.query = query;
  router.push.mockClear();
  router.replace.mockClear();
}
