import { cagr, yearOf } from '../data/cagr.ts';
import { lookupValue } from '../data/lookup-value.ts';
import { datasetById } from './dataset-by-id.ts';

/** What an MDX page asks for: a value column between two rows of a dataset. */
export interface CagrRequest {
  /** Dataset id: its file name in src/content/datasets/. */
  id: string;
  /** Key of the value column, e.g. "size". */
  column: string;
  /** First-column label of the start row, e.g. "2024". */
  from: string;
  /** First-column label of the end row, e.g. "2029e". */
  to: string;
}

/**
 * The compound annual growth rate between two rows of a cited dataset, with the values it
 * comes from; a missing dataset, row or column stops the build naming the page and component.
 */
export async function cagrBetween({ id, column, from, to }: CagrRequest, citedBy: string, component: string) {
  const dataset = await datasetById(id, citedBy, component);
  const start = lookupValue(id, dataset, from, column);
  const end = lookupValue(id, dataset, to, column);
  const years = yearOf(to) - yearOf(from);
  // One decimal, as the report prints percentages.
  return { start, end, years, percent: (cagr(start, end, years) * 100).toFixed(1) };
}
