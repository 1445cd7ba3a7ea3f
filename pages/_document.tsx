import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import { themeBootScript } from '../components/layout/ThemeToggle';
import { HEAD_OPENS } from '../components/model/headOpens';
import { modelWorkerUrl, OPENS_META, WORKER_META, workerStartScript } from '../components/model/workerStart';
import { LANG_TAG, localeOfPath, stripLocale } from '../lib/i18n';

/** Pages whose live model starts with the page (the explorer's figure is at their top). */
const STARTS_MODEL = new Set(['/explore', '/explorer']);

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  // The page's route, not the address: the static 404 page is served at any address.
  const lang = LANG_TAG[localeOfPath(__NEXT_DATA__.page)];
  return (
    <Html lang={lang}>
      <Head>
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/favicon.svg`} type="image/svg+xml" />
        {/* The head's own scripts stay inline, allowed by their hashes (data-csp="hash", scripts/csp.mjs):
            as files, each would be a request the parser waits for before the first paint. The worker's
            start comes first: it is on the way to the explorer's first result. */}
        {STARTS_MODEL.has(stripLocale(__NEXT_DATA__.page)) && (
          <>
            <meta name={OPENS_META} content={JSON.stringify(HEAD_OPENS)} />
            <meta name={WORKER_META} content={modelWorkerUrl} />
            <script data-csp="hash" dangerouslySetInnerHTML={{ __html: workerStartScript }} />
          </>
        )}
        <script data-csp="hash" dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
