import Link from 'next/link';
import type { ComponentProps } from 'react';
import { localizePath } from '../../lib/i18n';
import { useLocale } from './locale';

/**
 * next/link for a page of the book, written with its English path ("/explore/"): on a Chinese page it
 * leads to the Chinese twin. Never prefetches: a page's links would otherwise download other pages' code.
 */
export function LocalLink({ href, ...rest }: Omit<ComponentProps<typeof Link>, 'href'> & { href: string }) {
  const locale = useLocale();
  return <Link href={localizePath(href, locale)} prefetch={false} {...rest} />;
}
