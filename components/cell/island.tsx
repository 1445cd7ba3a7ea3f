import { useEffect, useState, type ComponentType } from 'react';

/** Resolves once the page has loaded (its load event has fired). */
function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

/**
 * A widget whose code loads only once the page has, while the static HTML shows it from the
 * first moment: the server renders it in full, and in the browser the wrapper keeps that HTML
 * untouched (React does not hydrate inside an element whose content is `dangerouslySetInnerHTML`)
 * until the code has arrived; then the widget renders (reading its URL state) and becomes
 * interactive. A chapter's text thus hydrates without its calculators' code, which is what keeps
 * a long plain chapter's JavaScript within its budget. After a client-side navigation there is no
 * static HTML to keep, and the code loads at once.
 *
 * `load` imports the widget (a dynamic import, its own chunk); `server` is the same component,
 * given only in the server's bundle: `typeof window === 'undefined' ? require('./X').X : null`
 * (the bundler removes that branch from the browser's bundle).
 */
export function island<P extends object>(
  load: () => Promise<ComponentType<P>>,
  server: ComponentType<P> | null,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = server;
  function Island(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (Component) return;
      let live = true;
      pageLoaded()
        .then(load)
        .then(
          (C) => {
            loaded = C;
            if (live) setComponent(() => C);
          },
          () => undefined, // offline without this chunk: the static HTML stays
        );
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component)
      return (
        <div data-island="">
          <Component {...props} />
        </div>
      );
    return <div data-island="" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
  }
  return Island;
}
