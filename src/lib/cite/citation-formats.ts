import { fullTitle, issuedText, pageText, type CitationRecord } from './report-citation.ts';

/**
 * A citation record in each format a reader's tool takes: GB/T 7714 (to paste), BibTeX, RIS and
 * CSL-JSON (to import into Zotero, EndNote, JabRef, Mendeley, pandoc). Each is the report's type for a
 * report: GB/T 7714 [R/OL], BibTeX @techreport, RIS RPRT, CSL "report"; each has author and
 * publisher (institution) 艾瑞咨询, the date 2025-03, the URL and the original pages where known.
 */

/**
 * GB/T 7714—2015, electronic report: 主要责任者. 题名[R/OL]. (更新或修改日期)[引用日期]. 获取和访问路径.
 * A page locator follows the year of publication, as the standard sets it for monographs and reports
 * (出版年: 引文页码(更新或修改日期)[引用日期]): "… [R/OL]. 2025: 8(2025-03)[引用日期]. URL."
 */
export function gbt7714(record: CitationRecord, accessed: string): string {
  const pages = record.pages ? `${record.issued.year}: ${pageText(record.pages)}` : '';
  return `${record.author}. ${fullTitle(record)}[R/OL]. ${pages}(${issuedText(record.issued)})[${accessed}]. ${record.url}.`;
}

/** The entry key BibTeX and CSL-JSON give a record: "iresearch2025-macro" (the publisher's Latin name, the year, the key). */
const entryKey = (record: CitationRecord) => `iresearch${record.issued.year}-${record.key}`;

/** Characters BibTeX reads as commands in a field's text. */
const bibText = (text: string) => text.replace(/([{}%&$#_\\])/g, '\\$1');

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * BibTeX, @techreport: BibTeX's type for a report an institution issues (biblatex reads it as @report,
 * citation-js and Zotero as a report); @misc would drop the institution. The author is braced twice, a
 * name of an institution, never split into first and last names. `pages` is biblatex's (and
 * citation-js's); classic BibTeX styles leave it out. No `language`: biblatex would print "zh-CN".
 */
export function bibtex(record: CitationRecord): string {
  // Values in braces, but for the month: BibTeX's month macros (mar) are written bare.
  const fields: [string, string][] = [
    ['author', `{{${bibText(record.author)}}}`],
    ['title', `{${bibText(fullTitle(record))}}`],
    ['institution', `{${bibText(record.publisher)}}`],
    ['year', `{${record.issued.year}}`],
    ['month', MONTHS[record.issued.month - 1]!],
    ['url', `{${record.url}}`],
    ...(record.pages ? [['pages', `{${pageText(record.pages).replace('-', '--')}}`] as [string, string]] : []),
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value},`);
  return `@techreport{${entryKey(record)},\n${body.join('\n')}\n}\n`;
}

/** RIS, type RPRT (report); lines end CR LF as the format's specification sets. */
export function ris(record: CitationRecord): string {
  const tags: [string, string][] = [
    ['TY', 'RPRT'],
    ['AU', record.author],
    ['TI', fullTitle(record)],
    ['PY', String(record.issued.year)],
    ['DA', issuedText(record.issued, '/')],
    ['PB', record.publisher],
    ['UR', record.url],
    ...(record.pages ? ([['SP', String(record.pages.first)]] as [string, string][]) : []),
    ...(record.pages && record.pages.last !== record.pages.first ? ([['EP', String(record.pages.last)]] as [string, string][]) : []),
    ['LA', record.language],
    ['ER', ''],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

/** CSL-JSON (an array of one item), type "report"; the author is a literal name, an institution's. */
export function cslJson(record: CitationRecord): string {
  const item = {
    id: entryKey(record),
    type: 'report',
    title: fullTitle(record),
    author: [{ literal: record.author }],
    publisher: record.publisher,
    issued: { 'date-parts': [[record.issued.year, record.issued.month]] },
    URL: record.url,
    ...(record.pages ? { page: pageText(record.pages) } : {}),
    language: record.language,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
