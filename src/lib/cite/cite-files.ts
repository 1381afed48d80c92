import { withBase } from '../site/with-base.ts';
import { bibtex, cslJson, ris } from './citation-formats.ts';
import type { CitationRecord } from './report-citation.ts';

/**
 * The citation files the site serves for the report, each chapter and each figure:
 * /cite/<key>.bib, .ris and .json (CSL-JSON), key "report", a chapter's slug or a figure's anchor.
 */
export const CITE_FORMATS = [
  { format: 'bib', label: 'BibTeX', mediaType: 'application/x-bibtex', write: bibtex },
  { format: 'ris', label: 'RIS', mediaType: 'application/x-research-info-systems', write: ris },
  { format: 'json', label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json', write: cslJson },
] as const satisfies { format: string; label: string; mediaType: string; write: (record: CitationRecord) => string }[];

export type CiteFormat = (typeof CITE_FORMATS)[number]['format'];

/** A citation file's name under /cite/: "macro.bib". */
export const citeFileName = (key: string, format: CiteFormat): string => `${key}.${format}`;

/** A citation file's path on the site, base included: "/cite/macro.bib". */
export const citeFilePath = (key: string, format: CiteFormat): string => withBase(`cite/${citeFileName(key, format)}`);
