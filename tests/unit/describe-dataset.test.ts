import { expect, it } from 'vitest';
import { describeDataset } from '../../src/components/charts/chart-types.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { datasetFixture } from '../helpers/dataset-fixture.ts';

it('describeDataset names each whole of a stacked chart with its parts in order of size', () => {
  const dataset = datasetSchema.parse(datasetFixture());
  expect(describeDataset(dataset)).toBe('甲：是60.1%，否40.0%。乙：否75.0%，是25.0%。');
});

it('describeDataset gives range, trend and rate extremes of a bar-rate chart', () => {
  const dataset = datasetSchema.parse({
    ...datasetFixture(),
    unit: '亿元',
    columns: [
      { key: 'year', label: '年份' },
      { key: 'size', label: '市场规模', unit: '亿元' },
      { key: 'growth', label: '增速', unit: '%', precision: 1 },
    ],
    rows: [
      { year: '2022', size: 1800, growth: 30.1 },
      { year: '2023', size: 2137, growth: 18.7 },
      { year: '2024e', size: { value: 2697, derived: '测试推算方法' }, growth: 26.2 },
    ],
    shares: undefined,
    chart: { type: 'bar-rate', x: 'year', value: 'size', rate: 'growth' },
  });
  expect(describeDataset(dataset)).toBe('2022年至2024年（预测），市场规模从1800亿元增至2697亿元。增速2022年最高（30.1%），2023年最低（18.7%）。');
});

it('describeDataset tells a tie as one: 并列最高, 并列最低, never 最高 then 次之 for one value', () => {
  const bars = (values: number[]) =>
    describeDataset(
      datasetSchema.parse({
        ...datasetFixture(),
        unit: '次',
        columns: [
          { key: 'domain', label: '领域' },
          { key: 'count', label: '次数', unit: '次' },
        ],
        rows: values.map((count, i) => ({ domain: ['文娱消费', '医疗', '企业服务', '通讯', '农业'][i]!, count })),
        shares: undefined,
        chart: { type: 'bar', category: 'domain', value: 'count' },
      }),
    );
  expect(bars([65, 65, 31, 3, 3])).toBe('共5项，文娱消费与医疗并列最高（均为65次），企业服务次之（31次），通讯与农业并列最低（均为3次）。');
  expect(bars([72, 9, 9, 9])).toBe('共4项，文娱消费最高（72次），医疗、企业服务、通讯并列最低（均为9次）。');
});

it('describeDataset quotes a category that is a phrase of its own, so 最高 reads as the site’s word', () => {
  const dataset = datasetSchema.parse(datasetFixture());
  const withAnswers = {
    ...dataset,
    rows: dataset.rows.map((row) => ({ ...row, part: row.part === '是' ? '我很了解AI是什么' : '正面（惊喜、期待）' })),
  };
  expect(describeDataset(withAnswers)).toBe('甲：“我很了解AI是什么”60.1%，“正面（惊喜、期待）”40.0%。乙：“正面（惊喜、期待）”75.0%，“我很了解AI是什么”25.0%。');
});
