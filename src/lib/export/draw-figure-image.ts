import { gbt7714 } from '../cite/citation-formats.ts';
import type { CitationRecord } from '../cite/report-citation.ts';
import { figureHeading } from '../figures/figure-heading.ts';
import { buildOutlines, OutlinedText } from '../outline/glyph-outlines.ts';
import { CHART_WIDTHS } from '../plot/chart-widths.ts';
import { IMAGE_LAYOUTS, layoutFigureImage, type FigureParts, type ImageLayoutName, type Measure } from './figure-image.ts';
import { lightPalette } from './image-palette.ts';
import { outlineChartSvg, type OutlinedPanel } from './outline-chart-svg.ts';
import { renderFigureImage } from './render-figure-image.ts';

const measure: Measure = (text, size, bold) => buildOutlines.width(text, size, bold);

/** What a figure's drawing is made of at a column width: Plot's SVG panels as the page has them, and panels drawn here. */
export interface FigureDrawing {
  plotPanels: string[];
  /** Panels drawn for the image only (e.g. a timeline's event list), under the Plot panels. */
  more?: (width: number, text: OutlinedText, measure: Measure) => OutlinedPanel[];
}

/**
 * A figure's image as an SVG document in a layout: its words and its citation (as `cited`, its own
 * page, cites it; to be dated by whoever cites) around its drawing, the drawing made at the page column
 * width the layout calls for (the wide one for the slide, the phone's for the phone).
 */
export function drawFigureImage(parts: FigureParts, cited: CitationRecord, draw: (width: number) => FigureDrawing, layout: ImageLayoutName): string {
  const what = `${figureHeading(parts)}（${layout} 图片）`;
  const words = { ...parts, citation: gbt7714(cited, '引用日期'), url: cited.url };
  const text = new OutlinedText(buildOutlines);
  const width = CHART_WIDTHS[IMAGE_LAYOUTS[layout].chartWidth];
  const drawing = draw(width);
  const panels = [...drawing.plotPanels.map((svg) => outlineChartSvg(svg, text, what)), ...(drawing.more?.(width, text, measure) ?? [])];
  const size = { width: Math.max(...panels.map((p) => p.width)), height: panels.reduce((h, p) => h + p.height, 0) };
  return renderFigureImage(layoutFigureImage(words, size, layout, measure), panels, text, lightPalette(), what);
}
