import { expect, it } from 'vitest';
import { compareFigures } from '../../src/lib/data/figure-order.ts';

it('compareFigures orders by chapter, then number, numerically', () => {
  expect(['图2-1', '图1-10', '图1-2', '图10-1'].sort(compareFigures)).toEqual(['图1-2', '图1-10', '图2-1', '图10-1']);
});
