import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/locale';
import { layoutMessages } from './layoutMessages';

type Theme = 'light' | 'dark';
export const THEME_STORAGE_KEY = 'theme';

/** The theme in effect: an explicit choice on <html data-theme>, else the system preference. */
function effectiveTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function ThemeToggle() {
  // Unknown until mounted: the static HTML cannot know the reader's theme.
  const [theme, setTheme] = useState<Theme | null>(null);
  const t = useMessages(layoutMessages);
  useEffect(() => setTheme(effectiveTheme()), []);

  const toggle = () => {
    const next: Theme = (theme ?? effectiveTheme()) === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next);
    } catch {
      /* storage may be disabled; the choice then lasts for this page only */
    }
    setTheme(next);
  };

  const label = theme === 'dark' ? t.toLight : t.toDark;
  return (
    <button
      type="button"
      className="theme-toggle btn"
      onClick={toggle}
      aria-label={label}
      title={label}
      data-theme-current={theme ?? ''}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}

/**
 * Runs before first paint (inlined in _document) so a stored choice never flashes the wrong theme. The build
 * (scripts/csp.mjs) moves it to a file, as it does every inline script, so the page runs under a strict CSP.
 */
export const themeBootScript = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
