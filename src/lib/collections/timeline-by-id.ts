import { getCollection, getEntry } from 'astro:content';
import type { Timeline } from '../../schemas/event.ts';

/**
 * A timeline cited from an MDX page; an unknown id stops the build with a
 * message naming the page, the id and the ids that exist.
 */
export async function timelineById(id: string, citedBy: string): Promise<Timeline> {
  const entry = await getEntry('events', id);
  if (entry) return entry.data;
  const known = (await getCollection('events')).map((t) => t.id).sort();
  throw new Error(`${citedBy}: <Timeline id="${id}" /> 引用的时间线不存在：src/content/events/${id}.json 未找到。已有的时间线：${known.join('、')}`);
}
