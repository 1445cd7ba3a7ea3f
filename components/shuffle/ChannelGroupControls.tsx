import { useId } from 'react';

interface Props {
  channels: number;
  groups: number;
  setChannels: (c: number) => void;
  setGroups: (g: number) => void;
  maxChannels: number;
}

/** Sliders shrink on a phone so number field and slider share a line. */
const narrow = { width: 'min(10rem, 32vw)' };

const toInt = (raw: string) => (raw.trim() === '' ? 0 : Number(raw));

/** C and g, each as a number field (any value, explained if invalid) and a slider, sharing one visible label. */
export function ChannelGroupControls({ channels, groups, setChannels, setGroups, maxChannels }: Props) {
  const id = useId();
  const cSafe = Number.isFinite(channels) ? channels : 1;
  return (
    <div className="control-row">
      <span style={{ display: 'inline-flex', gap: '0.45rem', alignItems: 'center' }}>
        <label htmlFor={`${id}-c`} id={`${id}-cl`} style={{ whiteSpace: 'nowrap' }}>channels C</label>
        <input id={`${id}-c`} type="number" min={1} max={maxChannels} step={1} value={channels} onChange={(e) => setChannels(toInt(e.target.value))} />
        <input type="range" style={narrow} min={1} max={maxChannels} step={1} value={Math.min(Math.max(cSafe, 1), maxChannels)} aria-labelledby={`${id}-cl`} onChange={(e) => setChannels(Number(e.target.value))} />
      </span>
      <span style={{ display: 'inline-flex', gap: '0.45rem', alignItems: 'center' }}>
        <label htmlFor={`${id}-g`} id={`${id}-gl`} style={{ whiteSpace: 'nowrap' }}>groups g</label>
        <input id={`${id}-g`} type="number" min={1} max={maxChannels} step={1} value={groups} onChange={(e) => setGroups(toInt(e.target.value))} />
        <input type="range" style={narrow} min={1} max={Math.max(1, Math.min(cSafe, maxChannels))} step={1} value={Math.min(Math.max(groups, 1), Math.max(1, Math.min(cSafe, maxChannels)))} aria-labelledby={`${id}-gl`} onChange={(e) => setGroups(Number(e.target.value))} />
      </span>
    </div>
  );
}
