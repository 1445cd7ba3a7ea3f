// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChoiceExercise, MultipleChoiceExercise } from '../../components/exercise/ChoiceExercise';
import { ChapterNumberContext } from '../../components/exercise/context';
import { Exercises } from '../../components/exercise/Exercises';
import { NumericExercise } from '../../components/exercise/NumericExercise';
import { ProgressSummary } from '../../components/exercise/ProgressSummary';
import { ProgressStoreContext } from '../../components/exercise/useProgress';
import { LocaleProvider } from '../../components/i18n/locale';
import { ProgressStore, type StorageLike } from '../../lib/progress';
import { memoryStorage } from '../helpers/memoryStorage';

afterEach(cleanup);

/** A Chinese page with chapter number 5 and a store of its own. */
function renderZh(ui: ReactNode, getStorage: () => StorageLike | null = memoryStorage) {
  const store = new ProgressStore(getStorage);
  return render(
    <LocaleProvider locale="zh">
      <ProgressStoreContext.Provider value={store}>
        <ChapterNumberContext.Provider value={5}>{ui}</ChapterNumberContext.Provider>
      </ProgressStoreContext.Provider>
    </LocaleProvider>,
  );
}

function answer(text: string) {
  fireEvent.change(screen.getByLabelText('你的答案'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '检查' }));
}

/** Latin words a Chinese reader would meet as untranslated UI text (the test's own prompts are Chinese). */
const englishWords = (el: HTMLElement) => (el.textContent ?? '').match(/[A-Za-z]{3,}/g) ?? [];

describe('the exercises on a Chinese page', () => {
  it('number, label, check and explain in Chinese, with the wrong-unit hint for 百万', () => {
    const { container } = renderZh(
      <Exercises>
        <NumericExercise
          id="zh-flops"
          title="单元的 FLOPs"
          answer={2.46}
          tolerance={0.01}
          unit="百万"
          explanation={<p>解释。</p>}>
          要做多少次乘加？
        </NumericExercise>
      </Exercises>,
    );
    expect(screen.getByText('练习 5.1')).toBeTruthy();
    expect(screen.getByRole('button', { name: '查看解答' })).toBeTruthy();
    expect(screen.getByText('允许误差 0.01')).toBeTruthy();
    expect(screen.getByText('百万')).toBeTruthy();
    answer('2,457,600');
    expect(screen.getByRole('status').textContent).toBe(
      '✗还不对。你的答案太大，约为正确答案的 1,000,000 倍。题目要求以“百万”为单位：2,457,600 即 2.458 百万。',
    );
    answer('2.46');
    expect(screen.getByRole('status').textContent).toBe('✓正确。');
    expect(screen.getByText('答案：2.46 百万。')).toBeTruthy();
    expect(screen.getByText('已答对 · 已作答 2 次')).toBeTruthy();
    expect(screen.getByTestId('exercises-tally').textContent).toBe('本章练习：共 1 道，答对 1 道。');
    expect(englishWords(container)).toEqual(['FLOPs']);
  });

  it('writes a unit in full-width brackets against the number', () => {
    renderZh(
      <NumericExercise id="zh-pos" answer={3} unit="（输出位置）" explanation={<p>解释。</p>}>
        哪个位置？
      </NumericExercise>,
    );
    fireEvent.click(screen.getByRole('button', { name: '查看解答' }));
    expect(screen.getByText('答案：3（输出位置）。')).toBeTruthy();
    expect(screen.getByText('练习')).toBeTruthy();
  });

  it('explains choices in Chinese', () => {
    const { container } = renderZh(
      <Exercises>
        <ChoiceExercise
          id="zh-choice"
          prompt="哪一个？"
          options={[
            { text: '甲', correct: false, why: '因为甲。' },
            { text: '乙', correct: true, why: '因为乙。' },
          ]}
        />
        <MultipleChoiceExercise
          id="zh-multi"
          prompt="哪几个？"
          options={[
            { text: '丙', correct: true, why: '因为丙。' },
            { text: '丁', correct: true, why: '因为丁。' },
          ]}
        />
      </Exercises>,
    );
    expect(screen.getByText('练习 5.2')).toBeTruthy();
    expect(screen.getByText('选出所有正确的选项。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('甲'));
    fireEvent.click(screen.getAllByRole('button', { name: '检查' })[0]);
    expect(screen.getAllByRole('status')[0].textContent).toBe('✗不是这个。它的解释说明了原因；请换一个选项试试。');
    expect(screen.getByText('✗ 错误。')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('丙'));
    fireEvent.click(screen.getAllByRole('button', { name: '检查' })[1]);
    expect(screen.getAllByRole('status')[1].textContent).toBe('✗还不对：你选的都对，但还漏选了正确的选项。');
    expect(screen.getAllByText('✓ 正确。').length).toBeGreaterThan(0);
    expect(englishWords(container)).toEqual([]);
  });

  it('counts progress in Chinese, and says in Chinese when it cannot be kept', () => {
    const { container } = renderZh(
      <>
        <ProgressSummary />
        <NumericExercise id="zh-n" answer={4} unit="个参数" explanation={<p>解释。</p>}>
          多少？
        </NumericExercise>
      </>,
      () => null,
    );
    expect(screen.getByText('你的进度', { selector: 'p' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '你的进度' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '清除我的进度' })).toBeTruthy();
    answer('4');
    expect(screen.getByTestId('progress-count').textContent).toBe('本页练习共 1 道，答对 1 道');
    expect(screen.getByTestId('progress-book').textContent).toBe('全书共答对 1 道练习。');
    expect(container.querySelector('[data-storage-note]')?.textContent).toMatch(/^这个浏览器不允许本书保存任何内容/);
    expect(englishWords(container)).toEqual([]);
  });
});
