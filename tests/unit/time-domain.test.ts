import { expect, it } from 'vitest';
import { timeDomain } from '../../src/lib/events/time-domain.ts';

const years = ([from, to]: [Date, Date]) => [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)];

it('timeDomain runs from 1 January of the first year to 1 January after the last event', () => {
  expect(years(timeDomain([{ date: '2023-07' }, { date: '2025-03' }]))).toEqual(['2023-01-01', '2026-01-01']);
});

it('timeDomain ends after the end of the last span, not its start', () => {
  expect(years(timeDomain([{ date: '1980' }, { date: '2022', end: '2024' }, { date: '2022-11' }]))).toEqual(['1980-01-01', '2025-01-01']);
});

it('timeDomain gives a whole year for events within one year', () => {
  expect(years(timeDomain([{ date: '2024-05-15' }, { date: '2024-12-31' }]))).toEqual(['2024-01-01', '2025-01-01']);
});
