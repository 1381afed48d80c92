import { expect, it } from 'vitest';
import { toCsv } from '../../src/lib/data/to-csv.ts';
import { datasetSchema } from '../../src/schemas/dataset.ts';
import { datasetFixture } from '../helpers/dataset-fixture.ts';

it('toCsv writes a BOM, labelled headers with units, and one line per row', () => {
  const csv = toCsv(datasetSchema.parse(datasetFixture()));
  expect(csv.startsWith('\uFEFF组别,部分,占比（%）\r\n甲,是,60.1\r\n')).toBe(true);
  expect(csv.trimEnd().split('\r\n')).toHaveLength(5);
});

it('toCsv adds a 推算说明 column for derived values and quotes fields with commas', () => {
  const input = datasetFixture();
  input.rows[3] = { group: '乙', part: '否', share: { value: 75, derived: '100 − 25.0, 由合计推算' } };
  const lines = toCsv(datasetSchema.parse(input)).trimEnd().split('\r\n');
  expect(lines[0]).toBe('\uFEFF组别,部分,占比（%）,推算说明');
  expect(lines[4]).toBe('乙,否,75,"100 − 25.0, 由合计推算"');
  expect(lines[1]).toBe('甲,是,60.1,');
});
