import { scaleLinear } from 'd3';
import { useId } from 'react';
import { schemeStops, schemeWords, type MapScheme } from '../../lib/colorMaps';
import { formatValue } from '../../lib/format';
import { useLocale } from '../i18n/locale';
import { chartsMessages } from './chartsMessages';

interface ColorScaleProps {
  domain: readonly [number, number];
  /** what the values are, e.g. "activation (shared by the maps of this unit)" */
  label: string;
  width?: number;
  /** the colour map of the maps it keys (lib/colorMaps); default grey */
  scheme?: MapScheme;
}

/** The colour ramp of a map grid with labelled ticks (grey: black is the low end of `domain`, white the high end). */
export function ColorScale({ domain, label, width = 260, scheme = 'grey' }: ColorScaleProps) {
  const id = useId().replace(/:/g, '');
  const locale = useLocale();
  const margin = 10;
  const x = scaleLinear()
    .domain(domain)
    .range([margin, width - margin]);
  const ticks = x.ticks(5);
  const tick = x.tickFormat(5);
  return (
    <svg
      viewBox={`0 0 ${width} 46`}
      width={width}
      role="img"
      aria-label={chartsMessages[locale].colourScale(label, schemeWords(scheme, domain, formatValue, locale))}
      data-scheme={scheme}
      style={{ maxWidth: '100%', display: 'block' }}>
      <defs>
        <linearGradient id={`ramp-${id}`} x1="0" x2="1" y1="0" y2="0">
          {scheme === 'grey' ? (
            <>
              <stop offset="0" stopColor="#000" />
              <stop offset="1" stopColor="#fff" />
            </>
          ) : (
            schemeStops(scheme).map((c, i, all) => <stop key={i} offset={i / (all.length - 1)} stopColor={c} />)
          )}
        </linearGradient>
      </defs>
      <text x={margin} y={11} className="svg-text-soft">
        {label}
      </text>
      <rect x={margin} y={16} width={width - 2 * margin} height={10} fill={`url(#ramp-${id})`} stroke="var(--border)" />
      {ticks.map((t) => (
        <g key={t} transform={`translate(${x(t)},26)`}>
          <line y2={4} stroke="var(--fg-soft)" />
          <text y={15} textAnchor="middle" className="svg-text-soft">
            {tick(t)}
          </text>
        </g>
      ))}
    </svg>
  );
}
