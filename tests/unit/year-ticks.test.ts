import { describe, expect, it } from 'vitest';
import { yearTicks } from '../../src/components/charts/year-ticks.ts';

const labelled = (categories: string[], spacing: number) => categories.map(yearTicks(categories, spacing));
const ESTIMATES = ['2022', '2023', '2024', '2025e', '2026e', '2027e', '2028e', '2029e'];

describe('yearTicks(categories, spacing)', () => {
  it('labels every year, without 年, when the widest label and a gap fit between ticks', () => {
    // "2024" at 12 px: 4 × 0.58 em = 27.84 px, plus the 6 px gap.
    expect(labelled(['2023年', '2024年'], 34)).toEqual(['2023', '2024']);
  });

  it('labels every second year when the widest label would touch its neighbours', () => {
    // "2025e": (4 × 0.58 + 0.56) em × 12 px = 34.56 px; with the gap, 40.56 px > 35 px.
    expect(labelled(ESTIMATES, 35)).toEqual(['2022', '', '2024', '', '2026e', '', '2028e', '']);
    expect(labelled(ESTIMATES, 41)).toEqual(ESTIMATES);
  });

  it('labels every third year where even two steps are too narrow', () => {
    expect(labelled(ESTIMATES, 15)).toEqual(['2022', '', '', '2025e', '', '', '2028e', '']);
  });
});
