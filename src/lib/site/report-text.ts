/** Pages ordered here and later are the site's appendices (大事记, 术语表, 图表目录, 数据下载), not the report's text. */
export const APPENDIX_ORDER = 80;

/**
 * Whether a page of src/content/docs/ (its id, and its frontmatter's `sidebar.order`) is a page of the
 * report's text: a chapter, 前言 or 摘要; not the cover (index), not an appendix.
 */
export const isReportText = (id: string, order: number | undefined): boolean => id !== 'index' && (order ?? Infinity) < APPENDIX_ORDER;
