import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False in the static HTML and while hydrating, true once the page's JavaScript runs. Hydration renders
 * every URL parameter at its default (the static HTML's view); work that depends on the address, like
 * opening the model `?model=fashion` names, waits for the render after it.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
