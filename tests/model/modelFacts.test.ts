import { createRequire } from 'node:module';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../lib/manifest';
import { MODEL_NAMES } from '../../lib/modelNames';
import type { ModelFacts } from '../../components/model/modelFacts';

const { modelFacts } = createRequire(import.meta.url)('../../scripts/model-facts.cjs') as {
  modelFacts(json: unknown): ModelFacts;
};

describe('the facts "About this model" is built with', () => {
  for (const name of MODEL_NAMES) {
    it(`are the validated manifest's own values (${name})`, () => {
      const json = JSON.parse(fs.readFileSync(`public/models/${name}/manifest.json`, 'utf8'));
      const m = parseManifest(json);
      const facts = modelFacts(json);
      expect(facts).toEqual({
        title: m.title,
        inputShape: m.input.shape,
        classCount: m.classes.length,
        stem: { kernel: m.stem.kernel, stride: m.stem.stride, outChannels: m.stem.outChannels },
        stages: m.stages.map((s) => ({ outChannels: s.outChannels, outSize: s.outSize, repeats: s.repeats })),
        conv5: { outChannels: m.conv5.outChannels },
        params: m.params,
        multiplyAdds: m.multiplyAdds,
        accuracy: { value: m.accuracy.value, testSet: m.accuracy.testSet, testSetSize: m.accuracy.testSetSize },
        training: {
          epochs: m.training.epochs,
          optimizer: m.training.optimizer,
          augmentation: m.training.augmentation,
          trainSet: m.training.trainSet,
        },
      });
      // the point of picking: a small fraction of the manifest
      expect(JSON.stringify(facts).length).toBeLessThan(JSON.stringify(json).length / 20);
    });
  }
});
