import { expect, it } from 'vitest';
import { describeDataset } from '../../src/lib/data/describe-dataset.ts';
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
  expect(describeDataset(dataset)).toBe(
    '2022年至2024年（预测），市场规模从1,800亿元增至2,697亿元。增速最高为2022年的30.1%，最低为2023年的18.7%。',
  );
});
