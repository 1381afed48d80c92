import { expect, it } from 'vitest';
import { packRows } from '../../src/lib/events/pack-rows.ts';

it('packRows keeps items that do not overlap on the first row', () => {
  expect(packRows([{ lane: 0, from: 0, to: 10 }, { lane: 0, from: 20, to: 30 }], 3)).toEqual([0, 0]);
});

it('packRows moves an item that overlaps (or comes within the gap) to the next free row', () => {
  const rows = packRows(
    [
      { lane: 0, from: 0, to: 50 },
      { lane: 0, from: 40, to: 45 },
      { lane: 0, from: 51, to: 60 },
      { lane: 0, from: 55, to: 58 },
    ],
    3,
  );
  expect(rows).toEqual([0, 1, 1, 0]);
});

it('packRows packs each lane on its own', () => {
  expect(packRows([{ lane: 0, from: 0, to: 10 }, { lane: 1, from: 0, to: 10 }, { lane: 1, from: 5, to: 8 }], 0)).toEqual([0, 0, 1]);
});
