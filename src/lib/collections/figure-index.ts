import { getCollection } from 'astro:content';
import { citedDatasetIds } from '../data/cited-dataset-ids.ts';
import { chartAnchor } from '../figures/figure-id.ts';
import { compareFigures } from '../data/figure-order.ts';
import { figureNumberProblems } from '../figures/figure-numbers.ts';
import type { Dataset } from '../../schemas/dataset.ts';

export interface FigureEntry {
  id: string;
  dataset: Dataset;
  /** Chapter page slug that shows the figure, e.g. "macro"; undefined if no page cites it. */
  page: string | undefined;
  pageTitle: string | undefined;
  anchor: string;
}

/**
 * Every dataset with the chapter page that cites it, in figure-number order. Stops the build, naming
 * the files, where two files claim one figure number or a chapter's figures are out of sequence.
 */
export async function figureIndex(): Promise<FigureEntry[]> {
  const pages = await getCollection('docs');
  const datasets = await getCollection('datasets');
  const where = new Map<string, { slug: string; title: string }>();
  for (const page of pages) {
    for (const id of citedDatasetIds(page.body ?? '')) where.set(id, { slug: page.id, title: page.data.title });
  }
  const claims = new Map(datasets.map((d) => [d.id, { file: d.filePath ?? d.id, figure: d.data.figure }]));
  const problems = figureNumberProblems(
    [...claims.values()],
    pages.flatMap((page) =>
      page.data.chapter ? [{ file: page.filePath ?? page.id, chapter: page.data.chapter, figures: citedDatasetIds(page.body ?? '').flatMap((id) => claims.get(id) ?? []) }] : [],
    ),
  );
  if (problems.length > 0) throw new Error(`图号有误：\n${problems.join('\n')}`);
  return datasets
    .map((d) => ({
      id: d.id,
      dataset: d.data,
      page: where.get(d.id)?.slug,
      pageTitle: where.get(d.id)?.title,
      anchor: chartAnchor(d.data.figure),
    }))
    .sort((a, b) => compareFigures(a.dataset.figure, b.dataset.figure));
}
