import { useId, useState } from 'react';
import { toMarkdown, toTsv, type TableMeta, type TableRow } from '../../lib/labStats';
import { ControlRow } from '../controls/ControlRow';
import { Select } from '../controls/Select';

const FORMATS: { value: 'markdown' | 'tsv'; label: string }[] = [
  { value: 'markdown', label: 'markdown' },
  { value: 'tsv', label: 'TSV (spreadsheet)' },
];

type Format = 'markdown' | 'tsv';

/**
 * "Copy as table": writes the results to the clipboard as markdown or tab-separated values and
 * always shows the same text in a read-only box, so a browser that refuses clipboard access
 * still lets the reader select and copy it.
 */
export function CopyTable({ meta, rows }: { meta: TableMeta; rows: TableRow[] }) {
  const [format, setFormat] = useState<Format>('markdown');
  const [text, setText] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const boxId = useId();

  const copy = async () => {
    const next = format === 'markdown' ? toMarkdown(meta, rows) : toTsv(meta, rows);
    setText(next);
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(next);
      setStatus(
        `Copied the ${format === 'markdown' ? 'markdown' : 'tab-separated'} table to the clipboard. It is also shown below.`,
      );
    } catch {
      setStatus('This browser did not allow copying to the clipboard; select the text below and copy it.');
    }
  };

  return (
    <div>
      <ControlRow>
        <Select<Format> label="format" value={format} onChange={setFormat} options={FORMATS} />
        <button type="button" className="btn" onClick={() => void copy()}>
          Copy as table
        </button>
      </ControlRow>
      <p className="output-note" aria-live="polite">
        {status}
      </p>
      {text !== null && (
        <>
          <label htmlFor={boxId} className="output-note">
            Table text
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
