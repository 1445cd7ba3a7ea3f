import Link from 'next/link';
import { groupDigits } from '../../lib/format';
import type { ModelName } from '../../lib/modelNames';
import { MODEL_FACTS } from '../model/modelFacts';
import { HowMeasured } from '../mdx/HowMeasured';

/** Drop bookkeeping that teaches nothing (how a split was drawn) from the manifest's descriptions. */
const plain = (text: string) => text.replace(/\s*\([^)]*\bseed\b[^)]*\)/gi, '');

/**
 * "About this model": architecture, data, training recipe and accuracy of a shipped model, every
 * number read from its manifest (picked at build time: components/model/modelFacts.ts), never typed in. One component, placed
 * wherever the trained model appears.
 */
export function AboutModel({ model = 'digits' }: { model?: ModelName }) {
  const m = MODEL_FACTS[model];
  if (!m) return null;
  const t = m.training;
  const [, c, h, w] = m.inputShape;
  return (
    <HowMeasured title={`About this model: ${m.title}`}>
      <dl className="about-model" data-model={model}>
        <dt>Architecture</dt>
        <dd>
          A ShuffleNetV2 for {h}×{w} images with {c} channel{c > 1 ? 's' : ''}: a {m.stem.kernel}×{m.stem.kernel}{' '}
          convolution (stride {m.stem.stride}) to {m.stem.outChannels} channels, then{' '}
          {m.stages
            .map((s) => `${s.outChannels} channels at ${s.outSize[0]}×${s.outSize[1]} (${s.repeats} units)`)
            .join(', ')}
          , a 1×1 convolution to {m.conv5.outChannels} channels, global average pooling and {m.classCount} classes.{' '}
          {groupDigits(m.params)} parameters and {groupDigits(m.multiplyAdds)} multiply-adds per image.
        </dd>
        {t.trainSet && (
          <>
            <dt>Data</dt>
            <dd>
              Trained on {plain(t.trainSet)}; tested on {plain(m.accuracy.testSet)}.
            </dd>
          </>
        )}
        <dt>Training</dt>
        <dd>
          {t.epochs} epochs, {plain(t.optimizer)}.{t.augmentation && <> Augmentation: {plain(t.augmentation)}.</>}
        </dd>
        <dt>Accuracy</dt>
        <dd>
          {(m.accuracy.value * 100).toFixed(1)} % of {groupDigits(m.accuracy.testSetSize)} test images classified
          correctly.
        </dd>
      </dl>
      <p>
        How each of these numbers is obtained:{' '}
        <Link href="/how-numbers-are-computed/" prefetch={false}>
          How this book computes its numbers
        </Link>
        .
      </p>
    </HowMeasured>
  );
}
