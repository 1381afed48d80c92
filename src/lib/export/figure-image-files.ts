import { FIGURE_IMAGE_FORMATS, type FigureImageFormat } from '../figures/figure-id.ts';
import type { ImageLayoutName } from './figure-image.ts';
import { PngWorkers } from './png-workers.ts';

/** A figure whose image files to make: its anchor, and its SVG in a layout. */
export interface ImageFigure {
  anchor: string;
  svgOf: (layout: ImageLayoutName) => string;
}

let workers: PngWorkers | undefined;
const files = new Map<string, Promise<Uint8Array> | string>();
const key = (anchor: string, format: FigureImageFormat) => `${anchor}/${format}`;

/**
 * Starts every figure's files at once: the SVGs laid out here, in order, each PNG handed to a worker as
 * soon as its SVG exists, so rasterising runs beside the layout of the next figures and of the pages
 * Astro renders meanwhile. Each image's route then waits for its own file.
 */
export function startFigureImages(figures: ImageFigure[]): void {
  workers ??= new PngWorkers();
  for (const { anchor, svgOf } of figures) {
    for (const [format, { layout }] of Object.entries(FIGURE_IMAGE_FORMATS) as [FigureImageFormat, (typeof FIGURE_IMAGE_FORMATS)[FigureImageFormat]][]) {
      const svg = svgOf(layout);
      files.set(key(anchor, format), format === 'svg' ? svg : workers.render(svg, `${anchor} ${format}`));
    }
  }
}

/** Whether the files have been started. */
export const figureImagesStarted = (): boolean => files.size > 0;

/** One started file as the response its route writes. */
export async function figureImageResponse(anchor: string, format: FigureImageFormat): Promise<Response> {
  const file = files.get(key(anchor, format));
  if (file === undefined) throw new Error(`图片 ${anchor} ${format} 未生成：startFigureImages 没有收到这张图`);
  if (typeof file === 'string') return new Response(file, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
  return new Response(new Uint8Array(await file), { headers: { 'Content-Type': 'image/png' } });
}
