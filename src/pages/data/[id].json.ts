import type { APIRoute } from 'astro';
import { toJson } from '../../lib/data/to-json.ts';
import { datasetPaths } from '../../lib/collections/dataset-paths.ts';
import type { Dataset } from '../../schemas/dataset.ts';

/** Every dataset as JSON, with its id: /data/<id>.json. */
export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ params, props }) =>
  new Response(toJson(params.id!, props.dataset), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
