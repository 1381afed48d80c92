import { describe, expect, it } from 'vitest';
import { chartPanels, chartRoles } from '../../src/components/charts/chart-types.ts';
import { cellValue } from '../../src/lib/data/cell-value.ts';
import { CHART_WIDTHS } from '../../src/lib/plot/chart-widths.ts';
import { renderSvg } from '../../src/lib/plot/render-svg.ts';
import { realDatasets } from '../helpers/real-datasets.ts';
import { expectSnapshot } from './expect-snapshot.ts';
import { normaliseSvg } from './normalise-svg.ts';

describe.each(realDatasets())('chartPanels($id)', ({ id, dataset }) => {
  for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
    it(`draws at ${width}px as stored`, () => {
      const svg = chartPanels(dataset, width)
        .map((panel, i) => renderSvg(panel, dataset.title, { tabStop: i === 0 }))
        .join('\n');
      expectSnapshot(`${id}-${width}`, normaliseSvg(svg));
    });
  }

  it('gives every value it draws one mark with its exact value as tip, and the chart one tab stop', () => {
    const svg = chartPanels(dataset, CHART_WIDTHS.narrow)
      .map((panel, i) => renderSvg(panel, dataset.title, { tabStop: i === 0 }))
      .join('');
    const tips = [...svg.matchAll(/data-tip="([^"]*)"/g)].map((m) => m[1]);
    const values = chartRoles(dataset.chart).values.flatMap((key) => dataset.rows.map((row) => cellValue(row[key]))).filter((v) => !Number.isNaN(v));
    expect(tips).toHaveLength(values.length);
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    const labelledGroups = svg.match(/<g [^>]*aria-label[^>]*>/g) ?? [];
    expect(labelledGroups.length).toBeGreaterThan(0);
    for (const g of labelledGroups) expect(g).toMatch(/role="group"|aria-hidden="true"/);
  });
});
