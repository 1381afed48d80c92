import { join } from 'node:path';
import { type Dataset, datasetSchema } from '../../src/schemas/dataset.ts';
import { jsonCollection } from './json-collection.ts';

export const DATASETS_DIR = join(import.meta.dirname, '../../src/content/datasets');

/** Every data file of the site, parsed by the same schema the build uses. */
export function realDatasets(): { id: string; dataset: Dataset }[] {
  return jsonCollection(DATASETS_DIR, datasetSchema).map(({ id, data }) => ({ id, dataset: data }));
}
