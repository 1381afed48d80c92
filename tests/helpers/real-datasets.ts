import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Dataset, datasetSchema } from '../../src/schemas/dataset.ts';

export const DATASETS_DIR = join(import.meta.dirname, '../../src/content/datasets');

/** Every data file of the site, parsed by the same schema the build uses. */
export function realDatasets(): { id: string; dataset: Dataset }[] {
  return readdirSync(DATASETS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      id: file.replace(/\.json$/, ''),
      dataset: datasetSchema.parse(JSON.parse(readFileSync(join(DATASETS_DIR, file), 'utf8'))),
    }));
}
