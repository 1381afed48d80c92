import type { APIRoute } from 'astro';
import { CITE_FORMATS, citeFileName } from '../../lib/cite/cite-files.ts';
import { citationRecords } from '../../lib/collections/citation-records.ts';

/** The citation files of the report, each chapter and each figure: /cite/<key>.bib, .ris and .json (lib/cite/cite-files.ts). */
export async function getStaticPaths() {
  const keys = (await citationRecords(import.meta.env.SITE)).map((r) => r.key);
  return keys.flatMap((key) => CITE_FORMATS.map((f) => ({ params: { file: citeFileName(key, f.format) }, props: { key, format: f.format } })));
}

export const GET: APIRoute<{ key: string; format: string }> = async ({ props, site }) => {
  const record = (await citationRecords(site!)).find((r) => r.key === props.key)!;
  const { write, mediaType } = CITE_FORMATS.find((f) => f.format === props.format)!;
  return new Response(write(record), { headers: { 'Content-Type': `${mediaType}; charset=utf-8` } });
};
