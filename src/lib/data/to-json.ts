import type { Dataset } from '../../schemas/dataset.ts';

/** The dataset as a downloadable JSON document, its id first. */
export function toJson(id: string, dataset: Dataset): string {
  return `${JSON.stringify({ id, ...dataset }, null, 2)}\n`;
}
