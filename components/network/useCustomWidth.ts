import { customWidthError, imagenetSpec, networkTable, type NetworkTable } from '../../lib/network';
import { URL_STATE } from '../../lib/urlKeys';
import type { IntCodec } from '../../lib/urlState';
import { useUrlState } from '../cell/useUrlState';
import { useLocale } from '../i18n/locale';

/** The reader's own column of Table 5: Stage2–4 and Conv5 channels, in the URL. */
const page = URL_STATE['whole-network'];
const params = { s2: page.stage2, s3: page.stage3, s4: page.stage4, c5: page.conv5 };
export type CustomField = keyof typeof params;

export interface CustomWidth {
  values: Record<CustomField, number>;
  /** The range each field accepts (the URL accepts the same). */
  limits: Record<CustomField, IntCodec>;
  set: (field: CustomField, value: number) => void;
  table: NetworkTable | null;
  error: string | null;
}

export function useCustomWidth(): CustomWidth {
  const [s2, setS2] = useUrlState(params.s2);
  const [s3, setS3] = useUrlState(params.s3);
  const [s4, setS4] = useUrlState(params.s4);
  const [c5, setC5] = useUrlState(params.c5);
  const setters = { s2: setS2, s3: setS3, s4: setS4, c5: setC5 };
  const stages = [s2, s3, s4];
  const error = customWidthError(stages, c5, useLocale());
  return {
    values: { s2, s3, s4, c5 },
    limits: { s2: params.s2.codec, s3: params.s3.codec, s4: params.s4.codec, c5: params.c5.codec },
    set: (field, value) => setters[field](value),
    table: error ? null : networkTable(imagenetSpec(stages, c5, 'your width')),
    error,
  };
}
