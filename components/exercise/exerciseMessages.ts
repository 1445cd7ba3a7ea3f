import { messages } from '../../lib/i18n';

/** The texts of the one exercise system (its frame, the three kinds of question, the tallies). */
export const exerciseMessages = messages({
  en: {
    /** "Exercise 5.2"; without a number (outside <Exercises>) just "Exercise". */
    heading: (number: string) => (number ? `Exercise ${number}` : 'Exercise'),
    answeredCorrectly: 'Answered correctly',
    notRightYet: 'Last answer not right yet',
    tries: (n: number) => ` · ${n} ${n === 1 ? 'try' : 'tries'}`,
    storageBlocked:
      'This browser does not let the book store anything, so your progress cannot be kept; answers still count on this page until you leave it.',
    storageFull:
      'This browser’s storage is full, so your progress cannot be kept; answers still count on this page until you leave it.',
    yourAnswer: 'Your answer',
    check: 'Check',
    showSolution: 'Show the solution',
    /** The solution line: the number with its unit already attached. */
    answerIs: (answer: string) => `Answer: ${answer}.`,
    selectAll: 'Select all that apply.',
    correct: 'Correct.',
    notThisOne: 'Not this one. Its explanation says why; try another option.',
    right: '✓ Right.',
    wrong: '✗ Wrong.',
    chapterTally: (summary: string) => `This chapter’s exercises: ${summary}.`,
    progressTitle: 'Your progress',
    onThisPage: (summary: string) => `${summary} on this page`,
    bookWide: (n: number, elsewhere: boolean) =>
      `Across the whole book: ${n} ${n === 1 ? 'exercise' : 'exercises'} answered correctly${
        elsewhere ? ', including exercises in other chapters' : ''
      }.`,
    answerBelow: 'Answer the exercises below; your results are counted here.',
    keptLocally: 'Your answers are kept only in this browser (its local storage). Nothing is sent anywhere.',
    clear: 'Clear my progress',
    cleared: 'Your progress was cleared.',
  },
  zh: {
    heading: (number: string) => (number ? `练习 ${number}` : '练习'),
    answeredCorrectly: '已答对',
    notRightYet: '上次的答案还不对',
    tries: (n: number) => ` · 已作答 ${n} 次`,
    storageBlocked: '这个浏览器不允许本书保存任何内容，所以你的进度无法保留；你在本页的答案仍会计入，直到离开本页。',
    storageFull: '这个浏览器的存储空间已满，所以你的进度无法保留；你在本页的答案仍会计入，直到离开本页。',
    yourAnswer: '你的答案',
    check: '检查',
    showSolution: '查看解答',
    answerIs: (answer: string) => `答案：${answer}。`,
    selectAll: '选出所有正确的选项。',
    correct: '正确。',
    notThisOne: '不是这个。它的解释说明了原因；请换一个选项试试。',
    right: '✓ 正确。',
    wrong: '✗ 错误。',
    chapterTally: (summary: string) => `本章练习：${summary}。`,
    progressTitle: '你的进度',
    onThisPage: (summary: string) => `本页练习${summary}`,
    bookWide: (n: number, elsewhere: boolean) => `全书共答对 ${n} 道练习${elsewhere ? '，包括其他章节的练习' : ''}。`,
    answerBelow: '请完成下面的练习，结果会统计在这里。',
    keptLocally: '你的答案只保存在这个浏览器中（它的本地存储），不会发送到任何地方。',
    clear: '清除我的进度',
    cleared: '你的进度已清除。',
  },
});
