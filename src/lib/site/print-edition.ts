import { pageHref } from './with-base.ts';

/** The print edition's page (src/pages/full.astro) is not a docs entry, so its title and summary live here, shared with its social card. */
export const PRINT_EDITION = {
  /** Page id: its URL path and its social card's name. */
  id: 'full',
  title: '全文（打印版）',
  summary: '报告全文按章节顺序排在一页，可直接打印或“另存为 PDF”。',
  /** The print edition as a PDF file at the site's root, written after the build by `npm run pdf` (scripts/pdf.ts). */
  pdf: 'report.pdf',
} as const;

/** Whether `url` is the print edition's page. */
export function isPrintEdition(url: URL): boolean {
  return url.pathname === pageHref(PRINT_EDITION.id);
}
