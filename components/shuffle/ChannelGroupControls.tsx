import { ControlRow } from '../controls/ControlRow';
import { RangeField } from '../controls/RangeField';
import { useMessages } from '../i18n/locale';
import { shuffleCellMessages } from './shuffleMessages';

interface Props {
  channels: number;
  groups: number;
  setChannels: (c: number) => void;
  setGroups: (g: number) => void;
  /** The drawing's limit: slider and number box accept the same range, C up to this and g up to C. */
  maxChannels: number;
  limit: { min: number; max: number };
}

/** C and g, each as a number box and a slider sharing one visible label. */
export function ChannelGroupControls({ channels, groups, setChannels, setGroups, maxChannels, limit }: Props) {
  const t = useMessages(shuffleCellMessages);
  return (
    <ControlRow>
      <RangeField
        label={t.channels}
        name="C"
        numberBox
        value={channels}
        onChange={setChannels}
        min={limit.min}
        max={maxChannels}
      />
      <RangeField
        label={t.groups}
        name="g"
        numberBox
        value={groups}
        onChange={setGroups}
        min={limit.min}
        max={Math.max(limit.min, Math.min(channels, maxChannels))}
      />
    </ControlRow>
  );
}
