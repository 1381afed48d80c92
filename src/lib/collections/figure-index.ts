import { getCollection } from 'astro:content';
import { citedDatasetIds } from '../data/cited-dataset-ids.ts';
import { figureAnchor } from '../data/figure-anchor.ts';
import { compareFigures } from '../data/figure-order.ts';
import type { Dataset } from '../../schemas/dataset.ts';

export interface FigureEntry {
  id: string;
  dataset: Dataset;
  /** Chapter page slug that shows the figure, e.g. "macro"; undefined if no page cites it. */
  page: string | undefined;
  pageTitle: string | undefined;
  anchor: string;
}

/** Every dataset with the chapter page that cites it, in figure-number order. */
export async function figureIndex(): Promise<FigureEntry[]> {
  const pages = await getCollection('docs');
  const where = new Map<string, { slug: string; title: string }>();
  for (const page of pages) {
    for (const id of citedDatasetIds(page.body ?? '')) where.set(id, { slug: page.id, title: page.data.title });
  }
  const datasets = await getCollection('datasets');
  return datasets
    .map((d) => ({
      id: d.id,
      dataset: d.data,
      page: where.get(d.id)?.slug,
      pageTitle: where.get(d.id)?.title,
      anchor: figureAnchor(d.data.figure),
    }))
    .sort((a, b) => compareFigures(a.dataset.figure, b.dataset.figure));
}
