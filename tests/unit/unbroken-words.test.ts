import { expect, it } from 'vitest';
import { titleRuns } from '../../src/lib/site/unbroken-words.ts';

it('cuts a title around the words it must not break inside, keeping every character in order', () => {
  const runs = titleRuns('2025年中国人工智能产业研究报告');
  expect(runs).toEqual([
    { text: '2025年中国', unbroken: false },
    { text: '人工智能', unbroken: true },
    { text: '产业', unbroken: false },
    { text: '研究报告', unbroken: true },
  ]);
  expect(titleRuns('前言')).toEqual([{ text: '前言', unbroken: false }]);
});
