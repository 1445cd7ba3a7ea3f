import { useRouter } from 'next/router';
import { useCallback, useRef } from 'react';
import { HISTORY_BURST_MS, withParam, type Codec } from '../../lib/urlState';

/**
 * Writes that the router has not settled yet. Navigation is asynchronous, so a second write
 * made a few milliseconds after a first one (two fields changed at once) would otherwise build
 * on the old query and drop the first. Entries live only until their navigation completes.
 */
const unsettled = new Map<string, string | undefined>();

/**
 * Named state shared by every cell on a page, kept in the URL query so a reader can share
 * exactly what they see; back/forward walk through it. Cells that use the same `key` see the
 * same value. Before hydration (and in the static HTML) the value is the codec's default.
 */
export function useUrlState<T>(key: string, codec: Codec<T>): [T, (value: T) => void] {
  const router = useRouter();
  const lastWrite = useRef(0);
  const raw = router.isReady ? router.query[key] : undefined;
  const value = codec.parse(Array.isArray(raw) ? raw[0] : raw);

  const setValue = useCallback(
    (next: T) => {
      const query = withParam(router.query, key, codec, next);
      unsettled.set(key, query[key]);
      for (const [k, v] of unsettled) {
        if (v === undefined) delete query[k];
        else query[k] = v;
      }
      const mine = query[key];
      const now = Date.now();
      // A burst of updates (a drag) replaces its own entry, so Back undoes the whole gesture.
      const navigate = now - lastWrite.current < HISTORY_BURST_MS ? router.replace : router.push;
      lastWrite.current = now;
      const hash = typeof window !== 'undefined' ? window.location.hash : '';
      void navigate({ pathname: router.pathname, query, hash: hash || undefined }, undefined, { shallow: true, scroll: false })
        .finally(() => {
          if (unsettled.get(key) === mine) unsettled.delete(key);
        });
    },
    [router, key, codec],
  );
  return [value, setValue];
}
