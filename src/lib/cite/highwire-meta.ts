import { fullTitle, issuedText, type CitationRecord } from './report-citation.ts';

/**
 * Highwire Press `citation_*` meta tags for a page citing `record`, read by Google Scholar and by
 * Zotero's Embedded Metadata translator. The author is the institution, as one name (Scholar: one
 * citation_author a name; Zotero keeps a name without a space whole, in one field); the institution
 * tag makes Zotero file the item as a report.
 */
export function highwireMeta(record: CitationRecord): { name: string; content: string }[] {
  return [
    { name: 'citation_title', content: fullTitle(record) },
    { name: 'citation_author', content: record.author },
    { name: 'citation_publication_date', content: issuedText(record.issued, '/') },
    { name: 'citation_publisher', content: record.publisher },
    { name: 'citation_technical_report_institution', content: record.publisher },
    { name: 'citation_language', content: record.language.split('-')[0]! },
    { name: 'citation_abstract_html_url', content: record.url },
    { name: 'citation_public_url', content: record.url },
    ...(record.pages
      ? [
          { name: 'citation_firstpage', content: String(record.pages.first) },
          { name: 'citation_lastpage', content: String(record.pages.last) },
        ]
      : []),
  ];
}
