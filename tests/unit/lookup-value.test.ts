import { expect, it } from 'vitest';
import { lookupValue } from '../../src/lib/data/lookup-value.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { datasetFixture } from '../helpers/dataset-fixture.ts';

const dataset = datasetSchema.parse({ ...datasetFixture(), shares: undefined, rows: [{ group: '甲', part: '是', share: 60.1 }, { group: '乙', part: '否', share: null }] });

it('lookupValue finds a cell by first-column label and value column', () => {
  expect(lookupValue('t', dataset, '甲', 'share')).toBe(60.1);
});

it('lookupValue names what exists when the row or column is wrong, or the value is missing', () => {
  expect(() => lookupValue('t', dataset, '丙', 'share')).toThrow('数据集 "t" 的 "group" 列没有 "丙"；可用：甲、乙');
  expect(() => lookupValue('t', dataset, '甲', 'part')).toThrow('数据集 "t" 没有数值列 "part"；可用：share');
  expect(() => lookupValue('t', dataset, '乙', 'share')).toThrow('报告未给出数值');
});
