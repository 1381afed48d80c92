import { getCollection } from 'astro:content';
import { isReportText } from '../site/report-text.ts';


/** The report's text pages, cover excluded, in reading order (Starlight's `sidebar.order`). */
export async function reportChapters() {
  return (await getCollection('docs'))
    .filter((page) => isReportText(page.id, page.data.sidebar.order))
    .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0));
}
