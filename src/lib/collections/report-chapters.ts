import { getCollection } from 'astro:content';

/** Pages ordered here and later are the site's appendices (大事记, 术语表, 图表目录, 数据下载), not the report's text. */
export const APPENDIX_ORDER = 80;

/** The report's text pages, cover excluded, in reading order (Starlight's `sidebar.order`). */
export async function reportChapters() {
  return (await getCollection('docs'))
    .filter((page) => page.id !== 'index' && (page.data.sidebar.order ?? Infinity) < APPENDIX_ORDER)
    .sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0));
}
