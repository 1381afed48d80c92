import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { chartKey, chartLegend } from '../../components/charts/chart-legend.ts';
import { chartPanels } from '../../components/charts/chart-panels.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { gbt7714 } from '../cite/report-citation.ts';
import { FIGURE_IMAGE_FORMATS, type FigureImageFormat } from '../figures/figure-id.ts';
import { GlyphOutlines, OutlinedText } from '../outline/glyph-outlines.ts';
import { CHART_WIDTHS } from '../plot/chart-widths.ts';
import { renderSvg } from '../plot/render-svg.ts';
import { IMAGE_LAYOUTS, layoutFigureImage, type ImageLayoutName } from './figure-image.ts';
import { imagePalette } from './image-palette.ts';
import { outlineChartSvg } from './outline-chart-svg.ts';
import { renderFigureImage } from './render-figure-image.ts';

// One glyph cache and palette for the whole build: every image reuses the outlines read before.
const outlines = new GlyphOutlines();
const palette = imagePalette(readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8'));
const measure = (text: string, size: number, bold: boolean) => outlines.width(text, size, bold);
// The slide PNG and the SVG share a layout: drawn once.
const drawn = new Map<string, string>();

/** A chart's image as an SVG document in a layout: its words around its panels, drawn at the layout's chart width. */
export function chartImageSvg(dataset: Dataset, url: string, layout: ImageLayoutName): string {
  const key = `${dataset.figure}:${layout}`;
  const cached = drawn.get(key);
  if (cached) return cached;
  const what = `${dataset.figure}（${layout} 图片）`;
  const text = new OutlinedText(outlines);
  const label = `${dataset.figure} ${dataset.title}`;
  const panels = chartPanels(dataset, CHART_WIDTHS[IMAGE_LAYOUTS[layout].chartWidth]).map((panel) => outlineChartSvg(renderSvg(panel, label), text, palette, what));
  const size = { width: Math.max(...panels.map((p) => p.width)), height: panels.reduce((h, p) => h + p.height, 0) };
  const words = {
    label: dataset.figure,
    title: dataset.title,
    unit: dataset.unit,
    legend: chartLegend(dataset),
    key: chartKey(dataset),
    source: dataset.source,
    citation: gbt7714(url, '引用日期', { number: dataset.figure, title: dataset.title }),
    url,
  };
  const svg = renderFigureImage(layoutFigureImage(words, size, layout, measure), panels, text, palette, what);
  drawn.set(key, svg);
  return svg;
}

/** A chart's image file in a format: the layout's SVG, or it rendered to PNG at its own size. */
export function chartImageFile(dataset: Dataset, url: string, format: FigureImageFormat): Response {
  const svg = chartImageSvg(dataset, url, FIGURE_IMAGE_FORMATS[format].layout);
  if (format === 'svg') return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
