/** The report as published, for citations. */
export const REPORT = {
  author: '艾瑞咨询',
  title: '2025年中国人工智能产业研究报告',
  year: '2025',
  month: '2025-03',
};

/**
 * A GB/T 7714—2015 reference to the report's web edition, or to one of its
 * figures: 主要责任者. 题名[文献类型标志/载体]. (发表日期)[引用日期]. 获取路径.
 */
export function gbt7714(url: string, accessed: string, figure?: { number: string; title: string }): string {
  const title = figure ? `${REPORT.title}: ${[figure.number, figure.title].filter(Boolean).join(' ')}` : REPORT.title;
  return `${REPORT.author}. ${title}[R/OL]. (${REPORT.month})[${accessed}]. ${url}.`;
}
