import { expect, it } from 'vitest';
import { citedDatasetIds } from '../../src/lib/data/cited-dataset-ids.ts';

it('citedDatasetIds lists the ids of <Figure> elements in order', () => {
  const mdx = '正文\n\n<Figure id="gdp-2014-2024" />\n\n<Value id="x" row="1" column="y" />\n<Figure  id="cpi-2014-2024"/>';
  expect(citedDatasetIds(mdx)).toEqual(['gdp-2014-2024', 'cpi-2014-2024']);
});
