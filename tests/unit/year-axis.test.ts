import * as Plot from '@observablehq/plot';
import { expect, it } from 'vitest';
import { yearAxis } from '../../src/components/charts/year-axis.ts';

const YEARS = ['2022', '2023', '2024', '2025e', '2026e', '2027e', '2028e', '2029e'];

/** The x scale Plot builds from a panel's options, over the panel's width between its margins. */
function xScale(type: 'band' | 'point', width: number) {
  const { x, marginLeft, marginRight } = yearAxis(YEARS, width, type);
  return Plot.scale({ x: { ...x, range: [marginLeft!, width - marginRight!] } });
}

it('yearAxis(categories, width, type) puts a line panel’s points at the centres of the column panel’s bands', () => {
  for (const width of [360, 680]) {
    const bands = xScale('band', width);
    const points = xScale('point', width);
    for (const year of YEARS) expect(points.apply(year)).toBeCloseTo(bands.apply(year) + bands.bandwidth! / 2, 6);
  }
});
