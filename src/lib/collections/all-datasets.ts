import { getCollection } from 'astro:content';
import { compareFigures } from '../data/figure-order.ts';

/** Every dataset with its id, in figure-number order. */
export async function allDatasets() {
  return (await getCollection('datasets'))
    .map((entry) => ({ id: entry.id, dataset: entry.data }))
    .sort((a, b) => compareFigures(a.dataset.figure, b.dataset.figure));
}
