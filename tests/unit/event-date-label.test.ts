import { expect, it } from 'vitest';
import { eventDateLabel } from '../../src/lib/events/event-date-label.ts';

it('eventDateLabel writes a date as the report does, at its own precision', () => {
  expect(eventDateLabel('2012')).toBe('2012年');
  expect(eventDateLabel('2024-05')).toBe('2024年5月');
  expect(eventDateLabel('2024-01-04')).toBe('2024年1月4日');
});

it('eventDateLabel refuses an invalid date rather than printing one', () => {
  expect(() => eventDateLabel('2024-13')).toThrow('2024-13');
});
