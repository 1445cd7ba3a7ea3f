import { useId, useState } from 'react';
import { toMarkdown, toTsv, type TableMeta, type TableRow } from '../../lib/labStats';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';
import { useLocale, useMessages } from '../i18n/locale';
import { labMessages } from './labMessages';

type Format = 'markdown' | 'tsv';

/**
 * "Copy as table": writes the results to the clipboard as markdown or tab-separated values and
 * always shows the same text in a read-only box, so a browser that refuses clipboard access
 * still lets the reader select and copy it.
 */
export function CopyTable({ meta, rows }: { meta: TableMeta; rows: TableRow[] }) {
  const locale = useLocale();
  const t = useMessages(labMessages);
  const formats: { value: Format; label: string }[] = [
    { value: 'markdown', label: t.markdown },
    { value: 'tsv', label: t.tsv },
  ];
  const [format, setFormat] = useState<Format>('markdown');
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const boxId = useId();

  const copy = async () => {
    const next = format === 'markdown' ? toMarkdown(meta, rows, locale) : toTsv(meta, rows, locale);
    setText(next);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(next);
      setStatus(t.copied(format === 'markdown'));
    } catch {
      setStatus(t.notAllowed);
    }
  };

  return (
    <div>
      <ControlRow>
        <Select<Format> label={t.format} value={format} onChange={setFormat} options={formats} />
        <button type="button" className="btn" onClick={() => void copy()}>
          {t.copyAsTable}
        </button>
      </ControlRow>
      <p className="output-note" aria-live="polite">
        {status}
      </p>
      {text !== null && (
        <>
          <label htmlFor={boxId} className="output-note">
            {t.tableText}
          </label>
          <textarea
            id={boxId}
            readOnly
            value={text}
            rows={Math.min(12, text.split('\n').length + 1)}
            style={{
              width: '100%',
              fontFamily: 'var(--font-mono)',
              fontSize: '0.8rem',
              background: 'var(--bg)',
              color: 'var(--fg)',
              border: '1px solid var(--border)',
              borderRadius: 4,
            }}
            onFocus={(e) => e.currentTarget.select()}
          />
        </>
      )}
    </div>
  );
}
