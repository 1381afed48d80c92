import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { datasetFixture } from '../helpers/dataset-fixture.ts';

function problems(input: unknown): string[] {
  const result = datasetSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('datasetSchema.safeParse', () => {
  it('accepts a valid dataset and fills defaults', () => {
    const result = datasetSchema.safeParse(datasetFixture());
    expect(result.success).toBe(true);
    expect(result.data?.notes).toEqual([]);
    expect(result.data?.columns[0]?.precision).toBe(0);
  });

  it('accepts a derived value that says how it was derived', () => {
    const input = datasetFixture();
    input.rows[3] = { group: '乙', part: '否', share: { value: 75.0, derived: '100% − 25.0%' } };
    expect(problems(input)).toEqual([]);
  });

  it('rejects a figure number not in 图章-序 form', () => {
    expect(problems({ ...datasetFixture(), figure: 'Figure 3' })).toEqual(['figure: 图号格式应为 "图1-3"（章号-序号）']);
  });

  it('rejects shares of one whole that do not add up within rounding', () => {
    const input = datasetFixture();
    input.rows[0] = { group: '甲', part: '是', share: 61.0 };
    expect(problems(input)).toEqual([
      'shares: "甲" 的各项占比合计 101%，应为 100%（按 1 位小数四舍五入，允许误差 ±0.1）；若报告原图如此，请在 shares.reportedOff 中说明',
    ]);
  });

  it('accepts a whole the report prints off when it is declared with a note, and only then', () => {
    const input = datasetFixture();
    input.rows[0] = { group: '甲', part: '是', share: 59.0 };
    input.shares = { value: 'share', by: 'group', reportedOff: [{ whole: '甲', note: '原图合计99.0%' }] };
    expect(problems(input)).toEqual([]);
    input.shares.reportedOff = [{ whole: '乙', note: '原图合计99.0%' }];
    expect(problems(input)).toEqual([
      'shares: "甲" 的各项占比合计 99%，应为 100%（按 1 位小数四舍五入，允许误差 ±0.1）；若报告原图如此，请在 shares.reportedOff 中说明',
      'shares.reportedOff: "乙" 的各项占比合计 100%，已符合 100%，不应列入 reportedOff',
    ]);
  });

  it('accepts null where the report gives no value, in value columns only', () => {
    const input = datasetFixture();
    input.shares = undefined;
    input.rows[0] = { group: '甲', part: '是', share: null };
    expect(problems(input)).toEqual([]);
    input.rows[1] = { group: null, part: '否', share: 40 };
    expect(problems(input)).toEqual(['rows.1.group: "group" 是类别列，应为文字']);
  });

  it('rejects a chart that names a column the dataset lacks', () => {
    const input = { ...datasetFixture(), chart: { type: 'stack', series: 'part', value: 'percent' } };
    expect(problems(input)).toEqual(['chart.value: 列 "percent" 不存在；已声明：group、part、share']);
  });

  it('checks each column by the role its chart type gives it: a category where a category goes, values where values go', () => {
    const swapped = { ...datasetFixture(), chart: { type: 'stack', category: 'share', series: 'part', value: 'group' } };
    expect(problems(swapped)).toEqual(['chart.value: "group" 须为带单位的数值列', 'chart.category: "share" 须为类别列（不带单位）']);
    const columns = { ...datasetFixture(), shares: undefined, chart: { type: 'columns', x: 'group', values: ['share', 'part'] } };
    expect(problems(columns)).toEqual(['chart.values.1: "part" 须为带单位的数值列']);
  });

  it('rejects text in a value column and a number in a category column', () => {
    const input = datasetFixture();
    input.rows[1] = { group: 7, part: '否', share: '四成' } as never;
    expect(problems(input)).toEqual(
      expect.arrayContaining([
        'rows.1.group: "group" 是类别列，应为文字',
        'rows.1.share: "share" 是数值列（%），应为数字或 {"value", "derived"}，得到 "四成"',
      ]),
    );
  });

  it('rejects a year written otherwise than 2024 or 2025e, so every CSV writes years one way', () => {
    const input = datasetFixture();
    input.columns[1] = { key: 'year', label: '年份' };
    input.rows = input.rows.map((row, i) => ({ group: row.group!, year: ['2023', '2024', '2025e', '2024年'][i]!, share: row.share! }));
    input.chart = { type: 'stack', category: 'group', series: 'year', value: 'share' };
    expect(problems(input)).toEqual(['rows.3.year: "year" 是年份列，应写作 "2024"（预测值 "2025e"），得到 "2024年"']);
  });

  // Only a "year" column's values are told as years (2023年); keyed otherwise, a description read 最低为2023的25.2%.
  it('rejects years in a category column keyed otherwise than "year"', () => {
    const input = datasetFixture();
    input.columns[1] = { key: 'period', label: '年份' };
    input.rows = input.rows.map((row, i) => ({ group: row.group!, period: ['2023', '2024', '2025e', '2024'][i]!, share: row.share! }));
    input.chart = { type: 'stack', category: 'group', series: 'period', value: 'share' };
    expect(problems(input)).toEqual(['columns.1.key: "period" 的值都是年份，列的 key 应为 "year"']);
  });

  it('rejects a row missing a column', () => {
    const input = datasetFixture();
    input.rows[2] = { group: '乙', part: '是' };
    expect(problems(input)).toContain('rows.2.share: 缺少列 "share" 的值');
  });

  it('rejects a derived value without its note', () => {
    const input = datasetFixture();
    input.rows[3] = { group: '乙', part: '否', share: { value: 75 } } as never;
    expect(problems(input)).toEqual([
      'rows.3.share: 单元格应为文字、数字、null（报告未给出），或推算值 {"value": 数字, "derived": "推算方法"}',
    ]);
  });

  it('rejects an unknown chart type, listing the allowed ones', () => {
    const found = problems({ ...datasetFixture(), chart: { type: 'pie', value: 'share' } });
    expect(found.join('\n')).toMatch(/chart\.type.*["']bar["'].*["']stack["'].*["']line["'].*["']bar-rate["']/s);
  });
});
