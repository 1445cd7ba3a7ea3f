import { messages } from '../../lib/i18n';

/** The texts the prose's own parts add: callout titles, the methodology aside, glossary links. */
export const proseMessages = messages({
  en: {
    note: 'Note',
    pitfall: 'Pitfall',
    definition: 'Definition',
    howMeasured: 'How this is measured',
    glossaryEntry: 'Glossary entry',
  },
  zh: {
    note: '注',
    pitfall: '易错点',
    definition: '定义',
    howMeasured: '测量方法',
    glossaryEntry: '术语表条目',
  },
});
