import { getCollection, getEntry } from 'astro:content';
import type { Diagram } from '../../schemas/diagram.ts';

/**
 * A diagram cited from an MDX page; an unknown id stops the build with a
 * message naming the page, the id and the ids that exist.
 */
export async function diagramById(id: string, citedBy: string): Promise<Diagram> {
  const entry = await getEntry('diagrams', id);
  if (entry) return entry.data;
  const known = (await getCollection('diagrams')).map((d) => d.id).sort();
  throw new Error(
    `${citedBy}: <Diagram id="${id}" /> 引用的图示不存在：src/content/diagrams/${id}.json 未找到。已有的图示：${known.join('、')}`,
  );
}
