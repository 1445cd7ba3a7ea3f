import { useEffect, useState } from 'react';

/**
 * A number that changes whenever the colour theme does (the toggle on <html data-theme>, or the
 * system preference). Canvas drawings resolve palette colours once per paint, so they list this
 * among their effect's dependencies to repaint in the new theme.
 */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    query?.addEventListener('change', bump);
    return () => {
      observer.disconnect();
      query?.removeEventListener('change', bump);
    };
  }, []);
  return version;
}
