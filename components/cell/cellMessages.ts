import { messages } from '../../lib/i18n';

/** The notebook cell's own texts. */
export const cellMessages = messages({
  en: { showCode: 'Show code' },
  zh: { showCode: '显示代码' },
});
