import { useCallback, useRef, useState, type ReactNode } from 'react';
import type { ValuePosition } from '../../../lib/valueComputation';
import type { ModelState } from '../../model/useModel';
import { ValuePickContext } from '../../model/valuePick';
import { ValueDetail } from './ValueDetail';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

/**
 * Makes the maps inside clickable: clicking a position of a map (or pressing Enter on it) opens
 * the computation of that value below them. The explorer wraps a step's view in it.
 */
interface Pick {
  tensor: string;
  position: ValuePosition;
}

export function ValuePickArea({
  model,
  pixels,
  initial = null,
  hint = true,
  children,
}: {
  model: ModelState;
  pixels: Uint8Array | null;
  initial?: Pick | null;
  /** say how to open it (off where no map is clickable) */ hint?: boolean;
  children: ReactNode;
}) {
  const [pick, setPick] = useState<Pick | null>(initial);
  const panel = useRef<HTMLDivElement>(null);
  const t = useMessages(detailMessages);
  const outputs = model.manifest.outputs;
  const onPick = useCallback(
    (tensor: string, channel: number, y: number, x: number) => {
      // The model's input is not computed by anything: there is nothing to explain.
      if (!outputs.some((o) => o.name === tensor)) return;
      setPick({ tensor, position: { channel, y, x } });
      // Bring the panel into view once it has rendered (it sits below the maps).
      requestAnimationFrame(() => panel.current?.scrollIntoView?.({ block: 'nearest' }));
    },
    [outputs],
  );
  return (
    <ValuePickContext.Provider value={onPick}>
      {children}
      <div ref={panel}>
        {pick ? (
          <ValueDetail
            model={model}
            pixels={pixels}
            tensorName={pick.tensor}
            position={pick.position}
            onPosition={(position) => setPick({ ...pick, position })}
            onClose={() => setPick(null)}
          />
        ) : (
          hint && <p className={styles.what}>{t.pickHint}</p>
        )}
      </div>
    </ValuePickContext.Provider>
  );
}
