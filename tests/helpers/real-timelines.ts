import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Timeline, timelineSchema } from '../../src/schemas/event.ts';

export const EVENTS_DIR = join(import.meta.dirname, '../../src/content/events');

/** Every timeline file of the site, parsed by the same schema the build uses. */
export function realTimelines(): { id: string; timeline: Timeline }[] {
  return readdirSync(EVENTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.json$/, ''),
      timeline: timelineSchema.parse(JSON.parse(readFileSync(join(EVENTS_DIR, file), 'utf8'))),
    }));
}
