import { expect, it } from 'vitest';
import { scaleUnit } from '../../src/lib/format/scale-unit.ts';

it('scaleUnit picks the larger Chinese unit that the magnitude reaches', () => {
  expect(scaleUnit('亿元', 1349084)).toEqual({ unit: '万亿元', divisor: 1e4 });
  expect(scaleUnit('亿元', 9999)).toEqual({ unit: '亿元', divisor: 1 });
  expect(scaleUnit('元', 2e8)).toEqual({ unit: '亿元', divisor: 1e8 });
  expect(scaleUnit('元', 2e4)).toEqual({ unit: '万元', divisor: 1e4 });
  expect(scaleUnit('个', 1e9)).toEqual({ unit: '个', divisor: 1 });
});
