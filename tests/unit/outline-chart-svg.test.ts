import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartPanels } from '../../src/components/charts/chart-types.ts';
import { imagePalette } from '../../src/lib/export/image-palette.ts';
import { outlineChartSvg } from '../../src/lib/export/outline-chart-svg.ts';
import { GlyphOutlines, OutlinedText } from '../../src/lib/outline/glyph-outlines.ts';
import { CHART_WIDTHS } from '../../src/lib/plot/chart-widths.ts';
import { renderSvg } from '../../src/lib/plot/render-svg.ts';
import { realDatasets } from '../helpers/real-datasets.ts';

const outlines = new GlyphOutlines();
const palette = imagePalette(readFileSync(join(import.meta.dirname, '../../src/styles/tokens.css'), 'utf8'));
const outline = (svg: string) => outlineChartSvg(svg, new OutlinedText(outlines), palette, 'test');

describe('outlineChartSvg', () => {
  it.each(realDatasets())('leaves no text, CSS variable, currentColor or font in $id’s chart, and a glyph for every character', ({ dataset }) => {
    for (const panel of chartPanels(dataset, CHART_WIDTHS.wide)) {
      const page = renderSvg(panel, dataset.title);
      const { svg, width, height } = outline(page);
      expect(svg).not.toMatch(/<text|<tspan|var\(|currentColor|font-|text-anchor/);
      expect([width, height]).toEqual([Number(/width="(\d+)"/.exec(page)![1]), Number(/height="(\d+)"/.exec(page)![1])]);
      const characters = [...page.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].flatMap((m) => [...m[1]!.replace(/\s/g, '')]);
      expect(svg.match(/<use /g)?.length ?? 0).toBe(characters.length);
    }
  });

  it('places tspan lines by their em offsets, and ends a right-anchored line at its x', () => {
    const svg = '<svg width="100" height="50" font-size="10" text-anchor="end"><text transform="translate(90,20)"><tspan y="-0.5em" x="0">人工</tspan><tspan dy="1em" x="0">智能</tspan></text></svg>';
    const uses = [...outline(svg).svg.matchAll(/translate\(([-\d.]+) ([-\d.]+)\)/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(uses).toEqual([
      [-20, -5],
      [-10, -5],
      [-20, 5],
      [-10, 5],
    ]);
  });

  it('draws the grid in the colour the page’s CSS gives it, and chart colours from the light palette', () => {
    const svg = '<svg width="10" height="10"><g aria-label="y-grid" stroke="currentColor" stroke-opacity="0.1"><line x2="10"/></g><rect fill="var(--chart-2)"/></svg>';
    const out = outline(svg).svg;
    expect(out).toContain(`stroke="${palette.variables['--chart-grid']}"`);
    expect(out).toContain('stroke-opacity="1"');
    expect(out).toContain(`fill="${palette.variables['--chart-2']}"`);
  });

  it('names a colour variable the light palette lacks', () => {
    expect(() => outline('<svg width="1" height="1"><rect fill="var(--nope)"/></svg>')).toThrow(/--nope/);
  });
});
