import type { FigureKind } from '../figures/cited-figures.ts';
import { FIGURE_IMAGE_FORMATS, figureImagePath, type FigureImageFormat } from '../figures/figure-id.ts';
import { IMAGE_LAYOUTS } from './figure-image.ts';

/** One image file of a figure, as links and the Data Package list it. */
export interface FigureImage {
  format: FigureImageFormat;
  /** What the file is, for readers ("幻灯片 PNG"). */
  name: string;
  /** Its path, base included. */
  path: string;
  mediatype: (typeof FIGURE_IMAGE_FORMATS)[FigureImageFormat]['mediatype'];
  /** Its size in px (the SVG's viewBox). */
  width: number;
  height: number;
}

/**
 * Whether a figure is drawn as images: charts and timelines. Not diagrams: they are HTML laid out by
 * CSS (nested lists, tables), and the build has no layout engine to draw them.
 */
export const hasImages = (figure: { kind: FigureKind }): boolean => figure.kind !== 'diagram';

/** A figure's image files, slide first; none for a figure without images (hasImages). */
export function figureImages(figure: { kind: FigureKind; anchor: string }): FigureImage[] {
  if (!hasImages(figure)) return [];
  return (Object.entries(FIGURE_IMAGE_FORMATS) as [FigureImageFormat, (typeof FIGURE_IMAGE_FORMATS)[FigureImageFormat]][]).map(([format, { name, layout, mediatype }]) => ({
    format,
    name,
    path: figureImagePath(figure.anchor, format),
    mediatype,
    width: IMAGE_LAYOUTS[layout].width,
    height: IMAGE_LAYOUTS[layout].height,
  }));
}
