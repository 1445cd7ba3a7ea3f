import { messages } from '../../lib/i18n';

/** The charts' own words: a bar without a value, a colour scale's text alternative. */
export const chartsMessages = messages({
  en: {
    notMeasured: 'not measured',
    colourScale: (label: string, words: string) => `Colour scale for ${label}: ${words}.`,
  },
  zh: {
    notMeasured: '未测量',
    colourScale: (label: string, words: string) => `${label}的色标：${words}。`,
  },
});
