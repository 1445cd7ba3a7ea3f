import type { AppProps } from 'next/app';
import { useEffect } from 'react';
import 'katex/dist/katex.min.css';
import '../styles/globals.css';
import '../styles/layout.css';
import { registerServiceWorker } from '../components/offline/serviceWorker';
import { LocaleProvider } from '../components/i18n/locale';
import { localeOfPath } from '../lib/i18n';

export default function App({ Component, pageProps, router }: AppProps) {
  useEffect(registerServiceWorker, []);
  return (
    <LocaleProvider locale={localeOfPath(router.pathname)}>
      <Component {...pageProps} />
    </LocaleProvider>
  );
}
