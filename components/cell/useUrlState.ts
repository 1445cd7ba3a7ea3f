import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { UrlParam } from '../../lib/urlKeys';
import { formatParam } from '../../lib/urlState';
import { urlStore } from '../../lib/urlStore';

const subscribe = (listener: () => void) => urlStore().subscribe(listener);
/** The static HTML (and hydration) shows every cell at its default. */
const serverSnapshot = () => undefined;

/**
 * One of the page's URL parameters (declared in lib/urlKeys.ts) as React state. The store is the
 * state and the URL its mirror: a write is visible to the next render at once, whatever the URL
 * is doing. Cells that use the same parameter see the same value; Back and Forward walk through it.
 */
export function useUrlState<T>({ key, codec }: UrlParam<T>): [T, (value: T) => void] {
  const raw = useSyncExternalStore(subscribe, () => urlStore().get(key), serverSnapshot);
  const value = useMemo(() => codec.parse(raw), [codec, raw]);
  const setValue = useCallback((next: T) => urlStore().set(key, formatParam(codec, next)), [key, codec]);
  return [value, setValue];
}
