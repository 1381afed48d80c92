import { expect, it } from 'vitest';
import { figureNumberQuery } from '../../src/lib/search/figure-number-query.ts';

it('figureNumberQuery reads a figure number however a reader types it', () => {
  expect(figureNumberQuery('图1-3')).toBe('fig-1-3');
  expect(figureNumberQuery(' 图 2－1 ')).toBe('fig-2-1');
  expect(figureNumberQuery('3-07')).toBe('fig-3-7');
  expect(figureNumberQuery('2024')).toBeUndefined();
  expect(figureNumberQuery('图表')).toBeUndefined();
  expect(figureNumberQuery('2024-2029')).toBeUndefined();
});
