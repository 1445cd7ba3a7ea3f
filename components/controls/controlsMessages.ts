import { messages } from '../../lib/i18n';

/** Why a number a reader typed into a field cannot be used. */
export const controlsMessages = messages({
  en: {
    theValue: 'the value',
    enterValue: (name: string) => `Enter a value for ${name}.`,
    notNumber: (name: string, decimal: boolean, typed: string) =>
      `${name} must be a ${decimal ? 'number' : 'whole number'} (you typed “${typed}”).`,
    outOfRange: (name: string, min: number, max: number, typed: number) =>
      `${name} must be from ${min} to ${max} (you typed ${typed}).`,
  },
  zh: {
    theValue: '这个值',
    enterValue: (name: string) => `请输入 ${name} 的值。`,
    notNumber: (name: string, decimal: boolean, typed: string) =>
      `${name} 必须是${decimal ? '数' : '整数'}（你输入的是“${typed}”）。`,
    outOfRange: (name: string, min: number, max: number, typed: number) =>
      `${name} 必须在 ${min} 到 ${max} 之间（你输入的是 ${typed}）。`,
  },
});
