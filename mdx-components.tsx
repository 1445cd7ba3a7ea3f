import type { MDXComponents } from 'mdx/types';
import Link from 'next/link';
import { Callout, Note, Pitfall } from './components/mdx/Callout';
import { Cite } from './components/mdx/Cite';
import { Figure } from './components/mdx/Figure';
import { Cell, CellCode } from './components/cell/Cell';
import { Term } from './components/glossary/Term';
import { ProgressRecorder } from './components/review/useProgress';

/**
 * The one registry of components available in every MDX chapter without an import, and of
 * overrides for the HTML that markdown produces. Widgets specific to a chapter are imported
 * by the chapter itself, so each page only ships the code it uses.
 */
const components: MDXComponents = {
  Callout,
  Note,
  Pitfall,
  Cite,
  Figure,
  Cell,
  CellCode,
  // <Term id="channel-shuffle">channel shuffle</Term>: links to /glossary/#channel-shuffle, definition as tooltip.
  Term,
  // Every chapter records the answers of its exercises (any component that dispatches
  // 'exercise-result' on window) into the reader's browser-only progress.
  wrapper: ({ children }) => (
    <>
      <ProgressRecorder />
      {children}
    </>
  ),
  // Internal links in prose ("/channel-shuffle/") go through next/link so they get the basePath
  // and client-side navigation; external links and in-page anchors stay plain.
  a: ({ href = '', ...rest }) =>
    href.startsWith('/') ? <Link href={href} prefetch={false} {...rest} /> : <a href={href} {...rest} />,
  table: (props) => (
    // Focusable so a keyboard can scroll a wide table on a phone; a group, not a landmark
    // region, so several tables on one page need no unique names.
    <div className="table-wrap" role="group" aria-label="Scrollable table" tabIndex={0}>
      <table {...props} />
    </div>
  ),
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
