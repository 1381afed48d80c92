import type { TimelineEvent } from '../../schemas/event.ts';
import { parseEventDate } from './parse-event-date.ts';

/**
 * The time axis for a set of events: from 1 January of the first event's year
 * to 1 January after the last event (or span) ends, so whole years show.
 */
export function timeDomain(events: Pick<TimelineEvent, 'date' | 'end'>[]): [Date, Date] {
  if (events.length === 0) throw new Error('timeDomain: no events');
  const periods = events.map((e) => ({ start: parseEventDate(e.date)!.start, end: parseEventDate(e.end ?? e.date)!.end }));
  const first = Math.min(...periods.map((p) => p.start.getUTCFullYear()));
  const lastEnd = new Date(Math.max(...periods.map((p) => p.end.getTime() - 1)));
  return [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(lastEnd.getUTCFullYear() + 1, 0, 1))];
}
