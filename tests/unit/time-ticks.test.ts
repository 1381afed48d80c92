import { expect, it } from 'vitest';
import { timeTicks } from '../../src/lib/events/time-ticks.ts';

const domain = (from: number, to: number): [Date, Date] => [new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(to, 0, 1))];

it('timeTicks ticks every year when they fit', () => {
  expect(timeTicks(domain(2023, 2026), 10).map((t) => t.label)).toEqual(['2023', '2024', '2025', '2026']);
});

it('timeTicks steps by round numbers of years on a long axis', () => {
  expect(timeTicks(domain(1980, 2025), 5).map((t) => t.label)).toEqual(['1980', '1990', '2000', '2010', '2020']);
  expect(timeTicks(domain(1980, 2025), 10).map((t) => t.label)).toEqual(['1980', '1985', '1990', '1995', '2000', '2005', '2010', '2015', '2020', '2025']);
});

it('timeTicks ticks a single year by quarter, naming the year once', () => {
  const ticks = timeTicks(domain(2024, 2025), 10);
  expect(ticks.map((t) => t.label)).toEqual(['2024年', '4月', '7月', '10月']);
  expect(ticks[1]!.date.toISOString().slice(0, 10)).toBe('2024-04-01');
});
