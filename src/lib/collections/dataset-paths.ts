import { getCollection } from 'astro:content';

/** Static paths for routes that emit one file per dataset (lib/data/download-files names them). */
export async function datasetPaths() {
  return (await getCollection('datasets')).map((entry) => ({ params: { id: entry.id }, props: { dataset: entry.data } }));
}
