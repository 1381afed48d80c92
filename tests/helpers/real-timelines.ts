import { join } from 'node:path';
import { type Timeline, timelineSchema } from '../../src/schemas/event.ts';
import { jsonCollection } from './json-collection.ts';

export const EVENTS_DIR = join(import.meta.dirname, '../../src/content/events');

/** Every timeline file of the site, parsed by the same schema the build uses. */
export function realTimelines(): { id: string; timeline: Timeline }[] {
  return jsonCollection(EVENTS_DIR, timelineSchema).map(({ id, data }) => ({ id, timeline: data }));
}
