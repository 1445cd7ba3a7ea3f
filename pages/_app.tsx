import type { AppProps } from 'next/app';
import { useEffect } from 'react';
import 'katex/dist/katex.min.css';
import '../styles/globals.css';
import '../styles/layout.css';
import { registerServiceWorker } from '../components/offline/serviceWorker';

export default function App({ Component, pageProps }: AppProps) {
  useEffect(registerServiceWorker, []);
  return <Component {...pageProps} />;
}
