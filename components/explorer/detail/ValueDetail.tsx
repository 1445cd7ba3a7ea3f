import type { ValuePosition } from '../../../lib/valueComputation';
import { chw } from '../../../lib/valueComputation';
import { ControlRow } from '../../controls/ControlRow';
import { NumberField } from '../../controls/NumberField';
import type { ModelState } from '../../model/useModel';
import { useValueDetail } from './useValueDetail';
import { ValueComputation } from './ValueComputation';
import { useMessages } from '../../i18n/locale';
import { detailMessages } from './detailMessages';
import styles from './Detail.module.css';

export interface ValueDetailProps {
  model: ModelState;
  /** the 28×28 ink image the explorer runs */
  pixels: Uint8Array | null;
  /** a manifest output name, e.g. 'stage3.unit2.right.dw' */
  tensorName: string;
  position: ValuePosition;
  /** moving the position from the panel's own fields; without it they are not shown */
  onPosition?(position: ValuePosition): void;
  onClose?(): void;
  /** heading level of the panel's title (default 4, under the explorer's step heading) */
  headingLevel?: 3 | 4 | 5;
}

/**
 * How one value of the network is computed, with the model's own weights and the runtime's value
 * beside the recomputed one. Self-contained: give it the model, the input and a position.
 */
export function ValueDetail({
  model,
  pixels,
  tensorName,
  position,
  onPosition,
  onClose,
  headingLevel = 4,
}: ValueDetailProps) {
  const { spec, explanation, runtime, output, error } = useValueDetail(model, pixels, tensorName, position);
  const Heading = `h${headingLevel}` as const;
  const t = useMessages(detailMessages);
  const [channels, height, width] = output ? chw(output) : [0, 0, 0];
  const vector = height === 1 && width === 1;
  return (
    <section
      className={styles.panel}
      aria-label={t.panelLabel}
      data-value-detail={tensorName}
      data-ready={explanation ? 'yes' : 'no'}>
      <div className={styles.header}>
        <Heading className={styles.title}>{t.panelLabel}</Heading>
        {onClose && (
          <button type="button" className="btn" onClick={onClose}>
            {t.close}
          </button>
        )}
      </div>
      {onPosition && output && (
        <ControlRow label={t.position}>
          <NumberField
            label={vector && spec?.layer?.op !== 'avgpool' ? t.class : t.channel}
            value={position.channel}
            min={0}
            max={channels - 1}
            onChange={(channel) => onPosition({ ...position, channel })}
          />
          {!vector && (
            <NumberField
              label={t.row}
              value={position.y}
              min={0}
              max={height - 1}
              onChange={(y) => onPosition({ ...position, y })}
            />
          )}
          {!vector && (
            <NumberField
              label={t.column}
              value={position.x}
              min={0}
              max={width - 1}
              onChange={(x) => onPosition({ ...position, x })}
            />
          )}
        </ControlRow>
      )}
      {error && (
        <p className="error-note" role="alert">
          {error}
        </p>
      )}
      {!error && (!explanation || !spec || runtime === null) && <p className="output-note">{t.appears}</p>}
      {explanation && spec && runtime !== null && (
        <ValueComputation spec={spec} e={explanation} runtime={runtime} classes={model.manifest.classes} />
      )}
    </section>
  );
}
