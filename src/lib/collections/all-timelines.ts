import { getCollection } from 'astro:content';
import { parseEventDate } from '../events/parse-event-date.ts';

/** Every timeline with its id, the one reaching furthest back first (the order of the shared axis's lanes). */
export async function allTimelines() {
  const first = (date: string) => parseEventDate(date)!.start.getTime();
  return (await getCollection('events'))
    .map((entry) => ({ id: entry.id, timeline: entry.data }))
    .sort((a, b) => first(a.timeline.events[0]!.date) - first(b.timeline.events[0]!.date) || a.id.localeCompare(b.id));
}
