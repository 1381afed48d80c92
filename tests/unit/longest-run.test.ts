import { expect, it } from 'vitest';
import { longestRun } from '../../src/lib/search/longest-run.ts';

it('longestRun counts the longest stretch of consecutive word indices, in any order and with repeats', () => {
  expect(longestRun([])).toBe(0);
  expect(longestRun([7])).toBe(1);
  expect(longestRun([40, 3, 41, 9, 42, 3])).toBe(3);
  expect(longestRun([1, 3, 5])).toBe(1);
});
