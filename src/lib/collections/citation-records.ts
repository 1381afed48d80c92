import { figureHeading } from '../figures/figure-heading.ts';
import { figurePagePath } from '../figures/figure-id.ts';
import { partRecord, reportRecord, type CitationRecord } from '../cite/report-citation.ts';
import { chapterPageRange } from '../source/original-pages.ts';
import { readOriginalPages } from '../source/read-original-pages.ts';
import { pageHref, withBase } from '../site/with-base.ts';
import { allFigures, type FigureRecord } from './all-figures.ts';
import { reportChapters } from './report-chapters.ts';

/** The report, cited at its cover's absolute URL under `site` (Astro.site). */
export const reportCitation = (site: URL | string): CitationRecord => reportRecord(new URL(withBase('/'), site).href);

/** A report text page (chapter, 前言 or 摘要: an entry of reportChapters), cited at its page with the original pages it spans where known. */
export function chapterCitation({ id, data }: { id: string; data: { title: string; chapter?: string | undefined } }, site: URL | string): CitationRecord {
  const pages = chapterPageRange(readOriginalPages(), id, data.chapter);
  return partRecord(id, data.title, new URL(pageHref(id), site).href, pages);
}

/** A figure, cited at its own page (/figures/<anchor>/) with its original page where known. */
export function figureCitation(figure: FigureRecord, site: URL | string): CitationRecord {
  const pages = figure.originalPage === undefined ? undefined : { first: figure.originalPage, last: figure.originalPage };
  return partRecord(figure.anchor, figureHeading(figure), new URL(figurePagePath(figure.anchor), site).href, pages);
}

/** Every citable thing: the report, each report text page, each figure; keys are unique or the build fails. */
export async function citationRecords(site: URL | string): Promise<CitationRecord[]> {
  const chapters = (await reportChapters()).map((c) => chapterCitation(c, site));
  const records = [reportCitation(site), ...chapters, ...(await allFigures()).map((f) => figureCitation(f, site))];
  const keys = Map.groupBy(records, (r) => r.key);
  const clashes = [...keys].filter(([, same]) => same.length > 1).map(([key]) => key);
  if (clashes.length > 0) throw new Error(`Citation files: the key(s) ${clashes.join(', ')} name more than one of the report, a chapter and a figure; /cite/<key>.* must be unique.`);
  return records;
}
