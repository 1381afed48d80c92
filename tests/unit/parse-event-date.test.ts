import { expect, it } from 'vitest';
import { parseEventDate } from '../../src/lib/events/parse-event-date.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

it('parseEventDate reads a year as the whole year', () => {
  const period = parseEventDate('1980')!;
  expect([iso(period.start), iso(period.end), period.precision]).toEqual(['1980-01-01', '1981-01-01', 'year']);
});

it('parseEventDate reads a month as the whole month, without inventing a day', () => {
  const period = parseEventDate('2024-12')!;
  expect([iso(period.start), iso(period.end), period.precision]).toEqual(['2024-12-01', '2025-01-01', 'month']);
});

it('parseEventDate reads a day as that one day, leap days included', () => {
  const period = parseEventDate('2024-02-29')!;
  expect([iso(period.start), iso(period.end), period.precision]).toEqual(['2024-02-29', '2024-03-01', 'day']);
});

it('parseEventDate rejects dates that do not exist and other formats', () => {
  for (const text of ['2023-02-29', '2024-13', '2024-00', '2024-5', '2024年5月', '24', '2024-05-32', ' 2024']) {
    expect(parseEventDate(text), text).toBeUndefined();
  }
});
