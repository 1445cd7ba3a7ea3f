import type { ModelName } from '../../lib/modelNames';

/**
 * What a reader sees of a shipped model in the Chinese edition: its title and, for Fashion-MNIST,
 * its class names (the digits' classes are the digits). Kept apart from the manifests, so that a
 * part that needs only a name does not bundle them.
 */
export const ZH_MODEL_NAMES: Record<ModelName, { title: string; classes?: readonly string[] }> = {
  digits: { title: '手写数字（MNIST）' },
  fashion: {
    title: '服装（Fashion-MNIST）',
    classes: ['T恤/上衣', '裤子', '套头衫', '连衣裙', '外套', '凉鞋', '衬衫', '运动鞋', '包', '短靴'],
  },
};
