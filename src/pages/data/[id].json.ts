import type { APIRoute } from 'astro';
import { datasetPaths } from '../../lib/site/dataset-paths.ts';
import type { Dataset } from '../../schemas/dataset.ts';

/** Every dataset as JSON, with its id: /data/<id>.json. */
export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ params, props }) =>
  new Response(JSON.stringify({ id: params.id, ...props.dataset }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
