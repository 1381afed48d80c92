import type { APIRoute } from 'astro';
import { CITE_FORMATS, citeFileName } from '../../lib/cite/cite-files.ts';
import type { CitationRecord } from '../../lib/cite/report-citation.ts';
import { citationRecords } from '../../lib/collections/citation-records.ts';

/** The citation files of the report, each chapter and each figure: /cite/<key>.bib, .ris and .json (lib/cite/cite-files.ts). */
export async function getStaticPaths() {
  const records = await citationRecords(import.meta.env.SITE);
  return records.flatMap((record) => CITE_FORMATS.map((f) => ({ params: { file: citeFileName(record.key, f.format) }, props: { record, format: f.format } })));
}

export const GET: APIRoute<{ record: CitationRecord; format: string }> = ({ props }) => {
  const { write, mediaType } = CITE_FORMATS.find((f) => f.format === props.format)!;
  return new Response(write(props.record), { headers: { 'Content-Type': `${mediaType}; charset=utf-8` } });
};
