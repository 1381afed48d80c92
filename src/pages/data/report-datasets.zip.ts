import type { APIRoute } from 'astro';
import { strToU8, zipSync } from 'fflate';
import { datapackage } from '../../lib/data/datapackage.ts';
import { toCsv } from '../../lib/data/to-csv.ts';
import { downloadFiles } from '../../lib/data/download-files.ts';
import { toJson } from '../../lib/data/to-json.ts';
import { allDatasets } from '../../lib/collections/all-datasets.ts';

/** /data/report-datasets.zip: the /data/ folder (every CSV and JSON, datapackage.json and its CSVs), byte-identical across builds. */
export const GET: APIRoute = async ({ site }) => {
  const datasets = await allDatasets();
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(JSON.stringify(datapackage(datasets, site), null, 2)) };
  for (const { id, dataset } of datasets) {
    const names = downloadFiles(id);
    files[names.csv] = strToU8(toCsv(dataset));
    files[names.packageCsv] = strToU8(toCsv(dataset, { bom: false }));
    files[names.json] = strToU8(toJson(id, dataset));
  }
  // A fixed timestamp keeps the archive identical from one build to the next.
  const zip = zipSync(files, { mtime: new Date('2025-03-01T00:00:00Z') });
  return new Response(zip, { headers: { 'Content-Type': 'application/zip' } });
};
