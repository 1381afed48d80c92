import { describe, expect, it } from 'vitest';
import { figureNumberProblems } from '../../src/lib/figures/figure-numbers.ts';

const gdp = { file: 'datasets/gdp.json', figure: '图1-1' };
const cpi = { file: 'datasets/cpi.json', figure: '图1-2' };

describe('figureNumberProblems', () => {
  it('accepts a chapter whose figures run 图N-1, 图N-2… in page order', () => {
    expect(figureNumberProblems([gdp, cpi], [{ file: 'docs/macro.mdx', chapter: '01', figures: [gdp, cpi] }])).toEqual([]);
  });

  it('names both files that claim one number', () => {
    const copy = { file: 'datasets/gdp-copy.json', figure: '图1-1' };
    expect(figureNumberProblems([gdp, copy], [{ file: 'docs/macro.mdx', chapter: '01', figures: [gdp] }])).toContain(
      '图1-1 被多个文件使用：datasets/gdp.json、datasets/gdp-copy.json；图号须唯一',
    );
  });

  it('names the page and the file of a figure out of its chapter’s sequence', () => {
    expect(figureNumberProblems([gdp, cpi], [{ file: 'docs/macro.mdx', chapter: '01', figures: [cpi, gdp] }])).toEqual([
      'docs/macro.mdx：第01章的第1张图应为 图1-1，得到 图1-2（datasets/cpi.json）',
      'docs/macro.mdx：第01章的第2张图应为 图1-2，得到 图1-1（datasets/gdp.json）',
    ]);
    const skipped = { file: 'datasets/tenders.json', figure: '图2-3' };
    expect(figureNumberProblems([skipped], [{ file: 'docs/industry-value.mdx', chapter: '02', figures: [skipped] }])).toEqual([
      'docs/industry-value.mdx：第02章的第1张图应为 图2-1，得到 图2-3（datasets/tenders.json）',
    ]);
  });

  it('names a file whose number no chapter page shows', () => {
    expect(figureNumberProblems([gdp, cpi], [{ file: 'docs/macro.mdx', chapter: '01', figures: [gdp] }])).toEqual([
      'datasets/cpi.json：图1-2 不在任何章节页面中；图号须是所在章节页面中的顺序号',
    ]);
  });
});
