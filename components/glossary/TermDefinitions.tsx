import { createContext, useContext, type ReactNode } from 'react';
import type { TermDefinition } from '../../lib/glossary';

/** What a <Term> shows in its popover: its name, its one-paragraph definition, on a translated page the English term. */
export type { TermDefinition };
export type TermDefinitions = Record<string, TermDefinition>;

/**
 * The definitions of the terms one page uses, looked up at build time (getStaticProps) and handed
 * down with the page's props, so that a page's JavaScript carries its own few definitions instead
 * of the whole glossary (which every chapter would otherwise download).
 */
const TermDefinitionsContext = createContext<TermDefinitions>({});

export function TermDefinitionsProvider({ terms, children }: { terms: TermDefinitions; children: ReactNode }) {
  return <TermDefinitionsContext.Provider value={terms}>{children}</TermDefinitionsContext.Provider>;
}

/** A term of this page; a term the build did not find on the page fails the page's prerendering. */
export function useTermDefinition(id: string): TermDefinition {
  const entry = useContext(TermDefinitionsContext)[id];
  if (!entry)
    throw new Error(
      `Glossary term "${id}" is not among this page's terms: is it a glossary entry, and is the <Term> written in the chapter's MDX?`,
    );
  return entry;
}
