import { customWidthError, imagenetSpec, networkTable, type NetworkTable } from '../../lib/network';
import { stringParam } from '../../lib/urlState';
import { useUrlState } from '../cell/useUrlState';

/** The reader's own column of Table 5: Stage2–4 and Conv5 channels, kept in the URL as typed. */
const codecs = {
  s2: stringParam('96', 8),
  s3: stringParam('192', 8),
  s4: stringParam('384', 8),
  c5: stringParam('1024', 8),
};
export type CustomField = keyof typeof codecs;

export interface CustomWidth {
  raw: Record<CustomField, string>;
  set: (field: CustomField, value: string) => void;
  table: NetworkTable | null;
  error: string | null;
}

function toNumber(text: string): number {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : NaN;
}

export function useCustomWidth(): CustomWidth {
  const [s2, setS2] = useUrlState('stage2', codecs.s2);
  const [s3, setS3] = useUrlState('stage3', codecs.s3);
  const [s4, setS4] = useUrlState('stage4', codecs.s4);
  const [c5, setC5] = useUrlState('conv5', codecs.c5);
  const raw = { s2, s3, s4, c5 };
  const setters = { s2: setS2, s3: setS3, s4: setS4, c5: setC5 };
  const stages = [s2, s3, s4].map(toNumber);
  const conv5 = toNumber(c5);
  const error = customWidthError(stages, conv5);
  return {
    raw,
    set: (field, value) => setters[field](value),
    table: error ? null : networkTable(imagenetSpec(stages, conv5, 'your width')),
    error,
  };
}
