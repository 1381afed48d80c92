import type { APIRoute } from 'astro';
import { datapackage } from '../../lib/data/datapackage.ts';
import { allDatasets } from '../../lib/collections/all-datasets.ts';

/** /data/datapackage.json: the Frictionless Data Package descriptor of every dataset. */
export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(datapackage(await allDatasets(), site), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
