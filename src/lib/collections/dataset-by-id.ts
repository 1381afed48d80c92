import { getCollection, getEntry } from 'astro:content';
import type { Dataset } from '../../schemas/dataset.ts';

/**
 * A dataset cited from an MDX page; an unknown id stops the build with a
 * message naming the page, the id and the ids that exist.
 */
export async function datasetById(id: string, citedBy: string, component: string): Promise<Dataset> {
  const entry = await getEntry('datasets', id);
  if (entry) return entry.data;
  const known = (await getCollection('datasets')).map((d) => d.id).sort();
  throw new Error(
    `${citedBy}: <${component} id="${id}" /> 引用的数据集不存在：src/content/datasets/${id}.json 未找到。已有的数据集：${known.join('、')}`,
  );
}
