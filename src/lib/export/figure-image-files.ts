import { FIGURE_IMAGE_FORMATS, type FigureImageFormat } from '../figures/figure-id.ts';
import type { ImageLayoutName } from './figure-image.ts';
import { PngWorkers } from './png-workers.ts';

/** A figure whose image files to make: its anchor, and its SVG in a layout. */
export interface ImageFigure {
  anchor: string;
  svgOf: (layout: ImageLayoutName) => string;
}

const FORMATS = Object.entries(FIGURE_IMAGE_FORMATS) as [FigureImageFormat, (typeof FIGURE_IMAGE_FORMATS)[FigureImageFormat]][];
const files = new Map<string, Promise<Uint8Array> | string>();
const key = (anchor: string, format: FigureImageFormat) => `${anchor}/${format}`;
let started: Promise<void> | undefined;

/**
 * Makes every figure's files at once: the SVGs laid out here, in order, once per layout (the slide PNG
 * and the SVG share one), each PNG handed to a worker as soon as its SVG exists, so rasterising runs
 * beside the layout of the next figures and of the pages Astro renders meanwhile.
 */
function startFigureImages(figures: ImageFigure[]): void {
  const workers = new PngWorkers();
  for (const { anchor, svgOf } of figures) {
    const svgs = new Map<ImageLayoutName, string>();
    for (const [format, { layout }] of FORMATS) {
      if (!svgs.has(layout)) svgs.set(layout, svgOf(layout));
      const svg = svgs.get(layout)!;
      files.set(key(anchor, format), format === 'svg' ? svg : workers.render(svg, `${anchor} ${format}`));
    }
  }
}

/**
 * One figure file as the response its route writes. The first call starts every figure's files
 * (`figures` lists them), and every call, the first's included, waits for that start.
 */
export async function figureImageResponse(anchor: string, format: FigureImageFormat, figures: () => Promise<ImageFigure[]>): Promise<Response> {
  started ??= figures().then(startFigureImages);
  await started;
  const file = files.get(key(anchor, format));
  if (file === undefined) throw new Error(`图片 ${anchor} ${format} 未生成：图片列表中没有这张图`);
  const { mediatype } = FIGURE_IMAGE_FORMATS[format];
  if (typeof file === 'string') return new Response(file, { headers: { 'Content-Type': `${mediatype}; charset=utf-8` } });
  return new Response(new Uint8Array(await file), { headers: { 'Content-Type': mediatype } });
}
