import { expect, it } from 'vitest';
import { bibtex, gbt7714, ris } from '../../src/lib/cite/citation-formats.ts';
import { partRecord, reportRecord } from '../../src/lib/cite/report-citation.ts';

it('gbt7714 cites the report in GB/T 7714 electronic-report form', () => {
  expect(gbt7714(reportRecord('https://example.org/'), '2026-11-28')).toBe('艾瑞咨询. 2025年中国人工智能产业研究报告[R/OL]. (2025-03)[2026-11-28]. https://example.org/.');
});

it('gbt7714 puts a part’s page after the year of publication (出版年: 引文页码(更新或修改日期)[引用日期])', () => {
  const figure = partRecord('fig-1-1', '图1-1 2014-2024年中国国内生产总值走势', 'https://example.org/figures/fig-1-1/', { first: 8, last: 8 });
  expect(gbt7714(figure, '引用日期')).toBe('艾瑞咨询. 2025年中国人工智能产业研究报告: 图1-1 2014-2024年中国国内生产总值走势[R/OL]. 2025: 8(2025-03)[引用日期]. https://example.org/figures/fig-1-1/.');
  const chapter = partRecord('macro', '中国人工智能产业宏观环境', 'https://example.org/macro/', { first: 6, last: 13 });
  expect(gbt7714(chapter, '引用日期')).toContain('[R/OL]. 2025: 6-13(2025-03)[引用日期]. https://example.org/macro/.');
});

it('bibtex escapes what BibTeX reads as commands and braces the institution as one name', () => {
  const entry = bibtex(partRecord('x', '占比 50% & 增速_1', 'https://example.org/x/', undefined));
  expect(entry).toContain('title = {2025年中国人工智能产业研究报告: 占比 50\\% \\& 增速\\_1},');
  expect(entry).toContain('author = {{艾瑞咨询}},');
  expect(entry).toContain('month = mar,');
  expect(entry).not.toContain('pages');
});

it('ris ends every line with CR LF and the record with ER', () => {
  const text = ris(reportRecord('https://example.org/'));
  expect(text.startsWith('TY  - RPRT\r\n')).toBe(true);
  expect(text.endsWith('ER  - \r\n')).toBe(true);
  expect(text.replaceAll('\r\n', '')).not.toContain('\n');
});
