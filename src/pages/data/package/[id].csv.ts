import type { APIRoute } from 'astro';
import { toCsv } from '../../../lib/data/to-csv.ts';
import { datasetPaths } from '../../../lib/collections/dataset-paths.ts';
import type { Dataset } from '../../../schemas/dataset.ts';

/** Every dataset as CSV without a BOM, the Data Package's resources: /data/package/<id>.csv. */
export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(toCsv(props.dataset, { bom: false }), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
