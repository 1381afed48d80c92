import { describe, expect, it } from 'vitest';
import { chartPanels } from '../../src/components/charts/chart-types.ts';
import { concreteColours, lightPalette } from '../../src/lib/export/image-palette.ts';
import { outlineChartSvg } from '../../src/lib/export/outline-chart-svg.ts';
import { GlyphOutlines, OutlinedText } from '../../src/lib/outline/glyph-outlines.ts';
import { CHART_WIDTHS } from '../../src/lib/plot/chart-widths.ts';
import { renderSvg } from '../../src/lib/plot/render-svg.ts';
import { realDatasets } from '../helpers/real-datasets.ts';

const outlines = new GlyphOutlines();
const palette = lightPalette();
const outline = (svg: string) => outlineChartSvg(svg, new OutlinedText(outlines), 'test');

describe('outlineChartSvg', () => {
  it.each(realDatasets())('leaves no text or font in $id’s chart, and a glyph for every character', ({ dataset }) => {
    for (const panel of chartPanels(dataset, CHART_WIDTHS.wide)) {
      const page = renderSvg(panel, dataset.title);
      const { svg, width, height } = outline(page);
      expect(svg).not.toMatch(/<text|<tspan|font-|text-anchor/);
      // Grid lines in the theme's grid colour, as on the page (renderSvg); made concrete with every colour below.
      for (const grid of page.match(/<g [^>]*aria-label="[xy]-grid"[^>]*>/g) ?? []) {
        expect(grid).toContain('stroke="var(--chart-grid)"');
        expect(grid).toContain('stroke-opacity="1"');
      }
      expect(() => concreteColours(svg, palette, 'test')).not.toThrow();
      expect(concreteColours(svg, palette, 'test')).not.toMatch(/var\(|currentColor/);
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

});

describe('concreteColours', () => {
  it('gives chart colours and the text colour from the light palette', () => {
    const out = concreteColours('<g stroke="var(--chart-grid)"><rect fill="var(--chart-2)"/><text fill="currentColor"/></g>', palette, 'test');
    expect(out).toBe(`<g stroke="#d4d4d8"><rect fill="#b45309"/><text fill="${palette.ink}"/></g>`);
  });

  it('names a colour variable the light palette lacks', () => {
    expect(() => concreteColours('<rect fill="var(--nope)"/>', palette, '图1-1（slide 图片）')).toThrow(/图1-1（slide 图片）.*--nope/);
  });
});
