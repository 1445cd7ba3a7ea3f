/**
 * The shipped models' facts for "About this model" (architecture, data, training, accuracy), picked
 * from their manifests at build time (scripts/model-facts.cjs, through next.config.js), so that a
 * plain chapter showing them does not carry the whole manifests (components/model/catalog.ts).
 */
import type { ModelName } from '../../lib/modelNames';
import type { ModelManifest } from '../../lib/manifest';

type Training = ModelManifest['training'];
export interface ModelFacts {
  title: string;
  inputShape: number[];
  classCount: number;
  stem: { kernel: number; stride: number; outChannels: number };
  stages: { outChannels: number; outSize: number[]; repeats: number }[];
  conv5: { outChannels: number };
  params: number;
  multiplyAdds: number;
  accuracy: { value: number; testSet: string; testSetSize: number };
  training: Pick<Training, 'epochs' | 'optimizer' | 'augmentation' | 'trainSet'>;
}

export const MODEL_FACTS: Partial<Record<ModelName, ModelFacts>> = JSON.parse(
  process.env.NEXT_PUBLIC_MODEL_FACTS || '{}',
);
