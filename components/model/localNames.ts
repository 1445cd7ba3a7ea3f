import type { Locale } from '../../lib/i18n';
import type { ModelName } from '../../lib/modelNames';

/**
 * The shipped models' short names in each edition (the model choice, load messages, the about box).
 * Kept apart from the manifests, so that a part that needs only a name does not bundle them; class
 * names and the manifests' other texts are translated by lib/manifestText.ts.
 */
export const MODEL_LABELS_IN: Record<Locale, Record<ModelName, string>> = {
  en: { digits: 'Digits (MNIST)', fashion: 'Clothing (Fashion-MNIST)' },
  zh: { digits: '手写数字（MNIST）', fashion: '服装（Fashion-MNIST）' },
};
