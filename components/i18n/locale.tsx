import { createContext, useContext, type ReactNode } from 'react';
import type { Locale, Message, MessageTable } from '../../lib/i18n';

const LocaleContext = createContext<Locale>('en');

/** Set once, in _app, from the page's route: the edition is part of the address, never a stored choice. */
export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The edition the page belongs to. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A part's UI texts in the page's language (see lib/i18n.ts). */
export function useMessages<T extends Record<string, Message>>(table: MessageTable<T>): T {
  return table[useContext(LocaleContext)];
}
