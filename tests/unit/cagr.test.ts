import { expect, it } from 'vitest';
import { cagr, yearOf } from '../../src/lib/data/cagr.ts';

it('cagr gives the compound annual rate between two values', () => {
  expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 10);
  expect(() => cagr(0, 5, 1)).toThrow(/positive/);
});

it('yearOf reads the year of a period label as the report writes it', () => {
  expect(yearOf('2029e')).toBe(2029);
  expect(yearOf('2024年')).toBe(2024);
  expect(() => yearOf('1月')).toThrow('"1月" 不是年份');
});
