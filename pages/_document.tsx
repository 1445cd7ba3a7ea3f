import { Head, Html, Main, NextScript, type DocumentProps } from 'next/document';
import { themeBootScript } from '../components/layout/ThemeToggle';
import { LANG_TAG, localeOfPath } from '../lib/i18n';

export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  // The page's route, not the address: the static 404 page is served at any address.
  const lang = LANG_TAG[localeOfPath(__NEXT_DATA__.page)];
  return (
    <Html lang={lang}>
      <Head>
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={`${process.env.NEXT_PUBLIC_BASE_PATH ?? ''}/favicon.svg`} type="image/svg+xml" />
        <script dangerouslySetInnerHTML={{ __html: themeBootScript }} />
      </Head>
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
