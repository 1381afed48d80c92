/** The report as published, for citations: it names 艾瑞咨询 (© iResearch Inc.) as its author and publisher. */
export const REPORT = {
  author: '艾瑞咨询',
  publisher: '艾瑞咨询',
  title: '2025年中国人工智能产业研究报告',
  /** Published March 2025: the only date it gives. */
  issued: { year: 2025, month: 3 },
  /** BCP 47, as CSL-JSON and the page's lang give it. */
  language: 'zh-CN',
};

/** Pages of the original PDF (lib/source/original-pages.ts): one page has first = last. */
export interface PageRange {
  first: number;
  last: number;
}

/**
 * One citable thing: the report, a chapter or a figure of it. Every citation format
 * (lib/cite/citation-formats.ts) and the pages' Highwire meta tags are written from this record alone.
 */
export interface CitationRecord {
  /** Its name in the citation files' paths (lib/cite/cite-files.ts): "report", a chapter's slug or a figure's anchor. */
  key: string;
  author: string;
  /** Its own title: the report's, a chapter's, or a figure's number and title. */
  title: string;
  /** The report it is part of; undefined for the report itself. */
  container: string | undefined;
  publisher: string;
  issued: { year: number; month: number };
  /** Its absolute URL on the site. */
  url: string;
  /** The pages of the original PDF it comes from, where known (derived: lib/source/original-pages.ts). */
  pages: PageRange | undefined;
  language: string;
}

/** A year and month as dates are written: "2025-03" (ISO 8601, GB/T 7714's 更新日期), or with "/" (RIS, Highwire). */
export const issuedText = ({ year, month }: CitationRecord['issued'], separator: '-' | '/' = '-'): string =>
  `${year}${separator}${String(month).padStart(2, '0')}`;

/** The report itself, at `url` (the cover). */
export function reportRecord(url: string): CitationRecord {
  return { key: 'report', author: REPORT.author, title: REPORT.title, container: undefined, publisher: REPORT.publisher, issued: REPORT.issued, url, pages: undefined, language: REPORT.language };
}

/** A part of the report (a chapter or a figure) named `key`, titled `title`, at `url`. */
export function partRecord(key: string, title: string, url: string, pages: PageRange | undefined): CitationRecord {
  return { ...reportRecord(url), key, title, container: REPORT.title, pages };
}

/** The title a citation gives: a part's after the report's ("2025年中国人工智能产业研究报告: 图1-1 …"). */
export const fullTitle = (record: CitationRecord): string => (record.container ? `${record.container}: ${record.title}` : record.title);

/** A page range as citations print it: "8" or "6-13". */
export const pageText = ({ first, last }: PageRange): string => (first === last ? String(first) : `${first}-${last}`);
