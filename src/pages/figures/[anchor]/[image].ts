import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { allFigures } from '../../../lib/collections/all-figures.ts';
import { figureCitation } from '../../../lib/collections/citation-records.ts';
import { chartImageSvg } from '../../../lib/export/chart-image.ts';
import { figureImageResponse, startFigureImages, type ImageFigure } from '../../../lib/export/figure-image-files.ts';
import { hasImages } from '../../../lib/export/figure-images.ts';
import { timelineImageSvg } from '../../../lib/export/timeline-image.ts';
import { FIGURE_IMAGE_FORMATS, figureImageFile, type FigureImageFormat } from '../../../lib/figures/figure-id.ts';

/**
 * /figures/<anchor>/<anchor>-16x9.png, -phone.png and .svg: each chart and timeline (hasImages) as an
 * image with its number or kind, title, unit, 来源, citation and URL drawn in, at build time.
 */
const drawnFigures = async () => (await allFigures()).filter(hasImages);

export const getStaticPaths = (async () => {
  // Started here, before Astro renders the first page, not at the first image.
  void startFigureImages(imageFigures);
  return (await drawnFigures()).flatMap(({ anchor }) =>
    (Object.keys(FIGURE_IMAGE_FORMATS) as FigureImageFormat[]).map((format) => ({ params: { anchor, image: figureImageFile(anchor, format) }, props: { format } })),
  );
}) satisfies GetStaticPaths;

/** Every drawn figure with its words and drawing, for startFigureImages. */
async function imageFigures(): Promise<ImageFigure[]> {
  const site = import.meta.env.SITE;
  return Promise.all(
    (await drawnFigures()).map(async (figure): Promise<ImageFigure> => {
      const { kind, id, anchor, label } = figure;
      // Cited as the figure's own page cites it: its page's URL, its original page.
      if (kind === 'chart') {
        const dataset = (await getEntry('datasets', id))!.data;
        return { anchor, svgOf: (layout) => chartImageSvg(dataset, figureCitation(figure, site), layout) };
      }
      const timeline = (await getEntry('events', id))!.data;
      return { anchor, svgOf: (layout) => timelineImageSvg(label!, timeline, figureCitation(figure, site), layout) };
    }),
  );
}

export const GET: APIRoute = ({ params, props }) => figureImageResponse(params.anchor!, (props as { format: FigureImageFormat }).format, imageFigures);
