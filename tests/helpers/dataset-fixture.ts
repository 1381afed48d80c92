import type { DatasetInput } from '../../src/schemas/dataset.ts';

/** A small valid dataset; tests break one field at a time. */
export function datasetFixture(): DatasetInput {
  return {
    figure: '图9-1',
    title: '测试图表',
    unit: '%',
    source: '测试来源。',
    columns: [
      { key: 'group', label: '组别' },
      { key: 'part', label: '部分' },
      { key: 'share', label: '占比', unit: '%', precision: 1 },
    ],
    rows: [
      { group: '甲', part: '是', share: 60.1 },
      { group: '甲', part: '否', share: 40.0 },
      { group: '乙', part: '是', share: 25.0 },
      { group: '乙', part: '否', share: 75.0 },
    ],
    shares: { value: 'share', by: 'group' },
    chart: { type: 'stack', category: 'group', series: 'part', value: 'share' },
  };
}
