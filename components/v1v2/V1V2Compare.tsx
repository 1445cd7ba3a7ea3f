import { useId } from 'react';
import { formatCount, groupDigits } from '../../lib/format';
import { colors } from '../../lib/palette';
import { fromUnitSpec, fromV1Spec, placeholderDiagram, placeholderV1Diagram } from '../../lib/unitDiagram';
import { V1_GROUPS, V1_STAGE2_WIDTH, v2Totals, type CostTotals } from '../../lib/v1';
import { ControlPair, ControlRow } from '../controls/ControlRow';
import { NumberField } from '../controls/NumberField';
import { Select } from '../controls/Select';
import { CostBars, CostBreakdown } from './CostBreakdown';
import { UnitDiagram } from '../diagram/UnitDiagram';
import { BOTTLENECKS, LIMITS, useCompareState, type BottleneckKey } from './useCompareState';
import styles from './V1V2.module.css';
import type { Locale } from '../../lib/i18n';
import { useLocale, useMessages } from '../i18n/locale';
import { v1v2Messages } from './v1v2Messages';

type Texts = (typeof v1v2Messages)[Locale];
const METRICS: { key: keyof CostTotals; label: keyof Texts }[] = [
  { key: 'params', label: 'parameters' },
  { key: 'flops', label: 'flopsMultAdds' },
  { key: 'mac', label: 'macElements' },
  { key: 'elementwise', label: 'elementwiseOps' },
];

const unitOptions = (t: Texts) =>
  [
    { value: 'basic', label: t.stride1 },
    { value: 'down', label: t.stride2 },
  ] as const;
const GROUP_OPTIONS = V1_GROUPS.map((g) => ({ value: g, label: g }));
const bottleneckOptions = (t: Texts) =>
  (Object.keys(BOTTLENECKS) as BottleneckKey[]).map((k) => ({
    value: k,
    label: t.bottleneckOption(k, k === '1/4'),
  }));

const full = groupDigits;
const MODES = [
  { value: 'flops', label: 'equalFlops' },
  { value: 'input', label: 'sameInput' },
] as const;
const V2_TITLE = { basic: 'v2Basic', down: 'v2Down' } as const;

/**
 * Chapter 9's cell: the ShuffleNet V1 unit and the matching ShuffleNetV2 unit for the same
 * input, drawn side by side, with their cost computed by lib/v1.ts and lib/units.ts.
 */
export function V1V2Compare() {
  const s = useCompareState();
  const t = useMessages(v1v2Messages);
  const locale = useLocale();
  const id = useId();
  const v2t = s.v2 ? v2Totals(s.v2) : null;
  const v1t = s.v1?.totals ?? null;
  const paperWidth = V1_STAGE2_WIDTH[s.groups];

  return (
    <div>
      <div className="control-row" role="group" aria-label={t.compareRegion}>
        <span>{t.compareAt}</span>
        {MODES.map((m) => (
          <button
            key={m.value}
            type="button"
            className="btn"
            aria-pressed={s.mode === m.value}
            onClick={() => s.set.mode(m.value)}>
            {t[m.label]}
          </button>
        ))}
      </div>
      <ControlRow>
        <Select label={t.unit} value={s.unit} onChange={s.set.unit} options={unitOptions(t)} />
        <NumberField
          label={t.inputChannelsC}
          name="C"
          value={s.values.c}
          onChange={s.set.c}
          min={LIMITS.c.min}
          max={LIMITS.c.max}
          invalid={s.v1Error !== null || s.v2Error !== null}
        />
        <ControlPair>
          <NumberField label="H" value={s.values.h} onChange={s.set.h} min={LIMITS.h.min} max={LIMITS.h.max} />
          <NumberField label="W" value={s.values.w} onChange={s.set.w} min={LIMITS.w.min} max={LIMITS.w.max} />
        </ControlPair>
      </ControlRow>
      <ControlRow>
        <Select label={t.v1Groups} value={s.groups} onChange={s.set.groups} options={GROUP_OPTIONS} />
        <Select
          label={t.v1Bottleneck}
          value={s.bottleneck}
          onChange={s.set.bottleneck}
          options={bottleneckOptions(t)}
        />
        {s.unit === 'basic' && paperWidth !== s.values.c && (
          <button type="button" className="btn" onClick={() => s.set.c(paperWidth)}>
            {t.paperWidth(paperWidth, s.groups)}
          </button>
        )}
      </ControlRow>

      <div aria-live="polite">
        {s.v1Error && (
          <p className="error-note">
            V1: {s.v1Error}{' '}
            {s.v1Suggestion !== null && (
              <button type="button" className="btn" onClick={() => s.set.c(s.v1Suggestion!)}>
                {t.useC(s.v1Suggestion)}
              </button>
            )}
          </p>
        )}
        {s.v2Error && <p className="error-note">V2: {s.v2Error}</p>}
      </div>

      <div className={styles.pair}>
        <figure className={styles.side} aria-labelledby={`${id}-v1`}>
          <p className={styles.sideTitle} id={`${id}-v1`}>
            ShuffleNet V1 <span className={styles.sideSub}>(Zhang et al.)</span>
          </p>
          {s.v1 ? (
            <UnitDiagram model={fromV1Spec(s.v1, { locale })} />
          ) : (
            <>
              <p className="output-note">{t.noV1}</p>
              <UnitDiagram
                model={placeholderV1Diagram(
                  {
                    groups: s.groups,
                    stride: s.unit === 'basic' ? 1 : 2,
                    bottleneckRatio: BOTTLENECKS[s.bottleneck],
                  },
                  undefined,
                  locale,
                )}
              />
            </>
          )}
        </figure>
        <figure className={styles.side} aria-labelledby={`${id}-v2`}>
          <p className={styles.sideTitle} id={`${id}-v2`}>
            ShuffleNetV2 <span className={styles.sideSub}>(Ma et al.)</span>
          </p>
          {s.v2 ? (
            <UnitDiagram model={fromUnitSpec(s.v2, { title: t[V2_TITLE[s.v2.type]], locale })} />
          ) : (
            <>
              <p className="output-note">{t.noV2}</p>
              <UnitDiagram model={placeholderDiagram(s.unit, t[V2_TITLE[s.unit]], locale)} />
            </>
          )}
        </figure>
      </div>
      <p className={styles.legend}>
        <span className={styles.legendItem}>
          <span className={styles.swatch} style={{ background: colors.identity }} aria-hidden="true" />{' '}
          {t.legendShortcut}
        </span>
        <span className={styles.legendItem}>
          <span className={styles.swatch} style={{ background: colors.branch }} aria-hidden="true" /> {t.legendBranch}
        </span>
        <span className={styles.legendItem}>
          <span className={styles.badge}>✗ G2</span> {t.legendBadge}
        </span>
      </p>

      {/* On a phone each row's name takes a line of its own above its three numbers (V1V2.module.css); the explicit
          roles keep it a table for screen readers that drop table semantics once the display changes. */}
      <div className="table-wrap" role="region" aria-label={t.costRegion} tabIndex={0}>
        <table className={styles.costTable} role="table">
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader">{s.mode === 'flops' ? t.atEqualFlops : t.forSameInput}</th>
              <th role="columnheader" className="num nowrap">
                {t.v1At(s.values.c)}
              </th>
              <th role="columnheader" className="num nowrap">
                {t.v2At(s.v2Width)}
              </th>
              <th role="columnheader" className="num nowrap">
                V2 ÷ V1
              </th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            {METRICS.map(({ key, label }) => (
              <tr key={key} data-metric={key} role="row">
                <td role="cell">{t[label] as string}</td>
                <td role="cell" className="num">
                  {v1t ? full(v1t[key]) : '—'}
                </td>
                <td role="cell" className="num">
                  {v2t ? full(v2t[key]) : '—'}
                </td>
                <td role="cell" className="num">
                  {v1t && v2t && v1t[key] > 0 ? (v2t[key] / v1t[key]).toFixed(2) : '—'}
                </td>
              </tr>
            ))}
            <tr role="row">
              <td role="cell">{t.macPerFlop}</td>
              <td role="cell" className="num">
                {v1t ? (v1t.mac / v1t.flops).toFixed(3) : '—'}
              </td>
              <td role="cell" className="num">
                {v2t ? (v2t.mac / v2t.flops).toFixed(3) : '—'}
              </td>
              <td role="cell" className="num">
                —
              </td>
            </tr>
          </tbody>
        </table>
      </div>
      {v1t && v2t && <CostBars v1={v1t} v2={v2t} />}
      <p className="output-note" aria-live="polite">
        {s.v1 && s.v2 && v1t && v2t && (
          <>
            {s.mode === 'flops'
              ? t.flopsNote(
                  s.v2Width,
                  s.values.c,
                  formatCount(v1t.flops),
                  formatCount(v1t.mac),
                  formatCount(v2t.flops),
                  formatCount(v2t.mac),
                )
              : t.inputNote(
                  s.v1.input.c,
                  formatCount(v1t.flops),
                  formatCount(v1t.mac),
                  formatCount(v2t.flops),
                  formatCount(v2t.mac),
                )}
          </>
        )}
      </p>
      {s.v1 && s.v2 && <CostBreakdown v1={s.v1} v2={s.v2} />}
    </div>
  );
}
