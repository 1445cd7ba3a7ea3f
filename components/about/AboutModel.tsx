import type { ReactNode } from 'react';
import { groupDigits } from '../../lib/format';
import { MANIFESTS, type ModelName } from '../model/catalog';
import { MODEL_LABELS_IN } from '../model/localNames';
import { HowMeasured } from '../mdx/HowMeasured';
import { LocalLink } from '../i18n/LocalLink';
import { useLocale, useMessages } from '../i18n/locale';
import { aboutMessages } from './aboutMessages';

/** Drop bookkeeping that teaches nothing (how a split was drawn) from the manifest's descriptions. */
const plain = (text: string) => text.replace(/\s*\([^)]*\bseed\b[^)]*\)/gi, '');

/**
 * "About this model": architecture, data, training recipe and accuracy of a shipped model, every
 * number read from its manifest (bundled at build time), never typed in. One component, placed
 * wherever the trained model appears.
 */
export function AboutModel({ model = 'digits' }: { model?: ModelName }) {
  const locale = useLocale();
  const s = useMessages(aboutMessages);
  const m = MANIFESTS[model];
  const t = m.training;
  const [, c, h, w] = m.input.shape;
  // The training recipe is the manifest's own English description: marked as such in the Chinese edition.
  const recipe = (text: string): ReactNode => (locale === 'en' ? plain(text) : <span lang="en">{plain(text)}</span>);
  return (
    <HowMeasured title={s.title(locale === 'zh' ? MODEL_LABELS_IN.zh[model] : m.title)}>
      <dl className="about-model" data-model={model}>
        <dt>{s.architecture}</dt>
        <dd>
          {s.imagesWith(h, w, c)}
          {s.stem(m.stem.kernel, m.stem.stride, m.stem.outChannels)}
          {m.stages
            .map((st) => s.stage(st.outChannels, st.outSize[0], st.outSize[1], st.repeats))
            .join(s.listSeparator)}
          {s.head(m.conv5.outChannels, m.classes.length)}
          {s.costs(groupDigits(m.params), groupDigits(m.multiplyAdds))}
        </dd>
        {t.trainSet && (
          <>
            <dt>{s.data}</dt>
            <dd>
              {s.trainedOn}
              {recipe(t.trainSet)}
              {s.testedOn}
              {recipe(m.accuracy.testSet)}
              {s.end}
            </dd>
          </>
        )}
        <dt>{s.training}</dt>
        <dd>
          {s.epochs(t.epochs)}
          {recipe(t.optimizer)}
          {s.end}
          {t.augmentation && (
            <>
              {s.augmentation}
              {recipe(t.augmentation)}
              {s.end}
            </>
          )}
        </dd>
        <dt>{s.accuracy}</dt>
        <dd>{s.accuracyText((m.accuracy.value * 100).toFixed(1), groupDigits(m.accuracy.testSetSize))}</dd>
      </dl>
      <p>
        {s.howObtained}
        <LocalLink href="/how-numbers-are-computed/">{s.howNumbers}</LocalLink>
        {s.end}
      </p>
    </HowMeasured>
  );
}
