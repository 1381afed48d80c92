import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartPanels } from '../../src/components/charts/chart-panels.ts';
import { renderSvg } from '../../src/lib/plot/render-svg.ts';
import { realDatasets } from '../helpers/real-datasets.ts';
import { normaliseSvg } from './normalise-svg.ts';

const SNAPSHOTS = join(import.meta.dirname, 'snapshots');

/**
 * Stored SVG snapshots of every chart, as files: a change in drawing shows up as
 * a reviewable diff. On mismatch the new output is written beside the old one
 * as .new.svg; a missing snapshot is written locally but fails in CI.
 */
function expectSnapshot(name: string, svg: string) {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const fresh = join(SNAPSHOTS, `${name}.new.svg`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`missing snapshot ${file}`);
    writeFileSync(file, svg);
    return;
  }
  const stored = readFileSync(file, 'utf8');
  if (stored === svg) return rmSync(fresh, { force: true });
  writeFileSync(fresh, svg);
  expect(svg, `${name}: output differs from ${file}; review ${fresh} and rename it to accept`).toBe(stored);
}

describe.each(realDatasets())('chartPanels($id)', ({ id, dataset }) => {
  for (const width of [360, 680]) {
    it(`draws at ${width}px as stored`, () => {
      const svg = chartPanels(dataset, width)
        .map((panel, i) => renderSvg(panel, dataset.title, { tabStop: i === 0 }))
        .join('\n');
      expectSnapshot(`${id}-${width}`, normaliseSvg(svg));
    });
  }

  it('gives every row one focusable mark with its exact value as tip', () => {
    const svg = chartPanels(dataset, 360)
      .map((panel, i) => renderSvg(panel, dataset.title, { tabStop: i === 0 }))
      .join('');
    const tips = [...svg.matchAll(/data-tip="([^"]*)"/g)].map((m) => m[1]);
    const marksPerRow = dataset.chart.type === 'bar-rate' ? 2 : 1;
    expect(tips).toHaveLength(dataset.rows.length * marksPerRow);
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    const labelledGroups = svg.match(/<g [^>]*aria-label[^>]*>/g) ?? [];
    expect(labelledGroups.length).toBeGreaterThan(0);
    for (const g of labelledGroups) expect(g).toMatch(/role="group"|aria-hidden="true"/);
  });
});
