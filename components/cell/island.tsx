import { startTransition, useEffect, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { useHydrated } from './useHydrated';

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
 *
 * Until its code has arrived a block island is inert: a slider dragged or an answer typed into the
 * static HTML would be lost when the widget takes over, so the controls wait instead (and are usable
 * again if the code cannot be had). The live wrapper is marked `data-island="live"`.
 *
 * Options: `inline` wraps in a <span> (an island inside a paragraph, such as a citation); `peek`
 * returns the component if a module shared by several islands has already arrived, so an island
 * that first appears inside another's live render (an exercise inside its chapter's exercise block)
 * shows at once instead of blank until its own request resolves.
 */
export interface IslandOptions<P> {
  inline?: boolean;
  peek?: () => ComponentType<P> | null;
}

export function island<P extends object>(
  load: () => Promise<ComponentType<P>>,
  server: ComponentType<P> | null,
  { inline = false, peek }: IslandOptions<P> = {},
): ComponentType<P> {
  let loaded: ComponentType<P> | null = server;
  const Wrapper = inline ? 'span' : 'div';
  function Island(props: P) {
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded ?? peek?.() ?? null);
    const [failed, setFailed] = useState(false);
    const ref = useRef<HTMLElement>(null);
    // An attribute React would not add while hydrating (it keeps the server's attributes), so set here.
    useLayoutEffect(() => {
      if (ref.current) ref.current.inert = !inline && !Component && !failed;
    }, [Component, failed]);
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
          () => live && setFailed(true), // offline without this chunk: the static HTML stays, usable
        );
      return () => {
        live = false;
      };
    }, [Component]);
    if (Component)
      return (
        <Wrapper data-island={typeof window === 'undefined' ? '' : 'live'} ref={ref as never}>
          <Component {...props} />
        </Wrapper>
      );
    return (
      <Wrapper data-island="" ref={ref as never} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
    );
  }
  return Island;
}

/**
 * A large widget whose code is in the page's bundle, hydrated after the rest of the page: the static
 * HTML shows it in full and stays untouched while the page hydrates (as an island's does); then the
 * widget renders afresh in a transition, which React splits into short tasks, so that no single task
 * of the page's start-up holds the main thread for long (hydrating the explorer in one piece took up
 * to a quarter of a second on a busy two-core machine). On a client-side navigation, with no static
 * HTML to keep, it renders at once.
 */
export function afterHydration<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  function AfterHydration(props: P) {
    const hydrated = useHydrated();
    const [live, setLive] = useState(hydrated || typeof window === 'undefined');
    useEffect(() => {
      if (!live) startTransition(() => setLive(true));
    }, [live]);
    if (live)
      return (
        <div data-island={typeof window === 'undefined' ? '' : 'live'}>
          <Component {...props} />
        </div>
      );
    return <div data-island="" suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />;
  }
  return AfterHydration;
}
