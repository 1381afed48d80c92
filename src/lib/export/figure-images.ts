import { FIGURE_IMAGE_FORMATS, figureImagePath, type FigureImageFormat } from '../figures/figure-id.ts';
import { IMAGE_LAYOUTS } from './figure-image.ts';

/** One image file of a figure, as links and the Data Package list it. */
export interface FigureImage {
  format: FigureImageFormat;
  /** What the file is, for readers ("幻灯片 PNG"). */
  name: string;
  /** Its path, base included. */
  path: string;
  mediatype: 'image/png' | 'image/svg+xml';
  /** Its size in px (the SVG's viewBox). */
  width: number;
  height: number;
}

/** A figure's image files, slide first. */
export function figureImages(anchor: string): FigureImage[] {
  return (Object.entries(FIGURE_IMAGE_FORMATS) as [FigureImageFormat, (typeof FIGURE_IMAGE_FORMATS)[FigureImageFormat]][]).map(([format, { name, layout }]) => ({
    format,
    name,
    path: figureImagePath(anchor, format),
    mediatype: format === 'svg' ? 'image/svg+xml' : 'image/png',
    width: IMAGE_LAYOUTS[layout].width,
    height: IMAGE_LAYOUTS[layout].height,
  }));
}
