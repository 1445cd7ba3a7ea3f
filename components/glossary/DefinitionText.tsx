import { KEPT_ENGLISH } from '../../lib/keptEnglish';

/** A definition as running text, the English a translation keeps in it marked lang="en" (see KEPT_ENGLISH). */
export function DefinitionText({ text }: { text: string }) {
  const parts = text.split(KEPT_ENGLISH);
  if (parts.length === 1) return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} lang="en">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
