import { expect, it } from 'vitest';
import { gbt7714 } from '../../src/lib/cite/report-citation.ts';

it('gbt7714 cites the report and a figure in GB/T 7714 electronic-report form', () => {
  expect(gbt7714('https://example.org/', '2026-11-28')).toBe(
    '艾瑞咨询. 2025年中国人工智能产业研究报告[R/OL]. (2025-03)[2026-11-28]. https://example.org/.',
  );
  expect(gbt7714('https://example.org/macro/#fig-1-1', '引用日期', { number: '图1-1', title: '2014-2024年中国国内生产总值走势' })).toBe(
    '艾瑞咨询. 2025年中国人工智能产业研究报告: 图1-1 2014-2024年中国国内生产总值走势[R/OL]. (2025-03)[引用日期]. https://example.org/macro/#fig-1-1.',
  );
});
