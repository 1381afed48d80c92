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

/** The line the build log shows once every image is laid out. */
const laidOutLine = (count: number, figures: number, ms: number): string => `[figure-images] ${count} files of ${figures} figures laid out in ${Math.round(ms)} ms`;

/** The milliseconds a build log says the images took to lay out (npm run bench:build counts them as the exports'). */
export function laidOutMs(log: string): number {
  const ms = /\[figure-images\] \d+ files of \d+ figures laid out in (\d+) ms/.exec(log)?.[1];
  if (ms === undefined) throw new Error('The build log has no [figure-images] line: were the figure images made?');
  return Number(ms);
}

/**
 * Makes every figure's files at once: the SVGs laid out here, in order, once per layout (the slide PNG
 * and the SVG share one), each PNG handed to a worker as soon as its SVG exists, so rasterising runs
 * beside the layout of the next figures and of the pages Astro renders meanwhile.
 */
function makeFigureImages(figures: ImageFigure[]): void {
  const began = performance.now();
  const workers = new PngWorkers();
  for (const { anchor, svgOf } of figures) {
    const svgs = new Map<ImageLayoutName, string>();
    for (const [format, { layout }] of FORMATS) {
      if (!svgs.has(layout)) svgs.set(layout, svgOf(layout));
      const svg = svgs.get(layout)!;
      files.set(key(anchor, format), format === 'svg' ? svg : workers.render(svg, `${anchor} ${format}`));
    }
  }
  console.info(laidOutLine(files.size, figures.length, performance.now() - began));
}

/**
 * Starts every figure's files, once (`figures` lists them). The image route calls it from getStaticPaths,
 * which Astro runs for every route before it renders any: the PNGs are rasterised in worker threads while
 * the main thread renders the pages before them.
 */
export function startFigureImages(figures: () => Promise<ImageFigure[]>): Promise<void> {
  if (!started) {
    started = figures().then(makeFigureImages);
    // A failure is reported by the first image route, which awaits this; not as an unhandled rejection first.
    started.catch(() => {});
  }
  return started;
}

/** One figure file as the response its route writes, once startFigureImages has made it. */
export async function figureImageResponse(anchor: string, format: FigureImageFormat, figures: () => Promise<ImageFigure[]>): Promise<Response> {
  await startFigureImages(figures);
  const file = files.get(key(anchor, format));
  if (file === undefined) throw new Error(`图片 ${anchor} ${format} 未生成：图片列表中没有这张图`);
  const { mediatype } = FIGURE_IMAGE_FORMATS[format];
  if (typeof file === 'string') return new Response(file, { headers: { 'Content-Type': `${mediatype}; charset=utf-8` } });
  return new Response(new Uint8Array(await file), { headers: { 'Content-Type': mediatype } });
}
