import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { allFigures } from '../../../lib/collections/all-figures.ts';
import { chartImageFile } from '../../../lib/export/chart-image.ts';
import { FIGURE_IMAGE_FORMATS, figureImageFile, figurePagePath, type FigureImageFormat } from '../../../lib/figures/figure-id.ts';

/**
 * /figures/<anchor>/<anchor>-16x9.png, -phone.png and .svg: each chart as an image with its number,
 * title, unit, 来源, citation and URL drawn in, at build time. Charts only: a timeline's bars are
 * numbered against its event list and a diagram is HTML laid out by CSS, which the build cannot draw.
 */
export const getStaticPaths = (async () => {
  const charts = (await allFigures()).filter((f) => f.kind === 'chart');
  return charts.flatMap(({ id, anchor }) =>
    (Object.keys(FIGURE_IMAGE_FORMATS) as FigureImageFormat[]).map((format) => ({ params: { anchor, image: figureImageFile(anchor, format) }, props: { id, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { id, format } = props as { id: string; format: FigureImageFormat };
  const dataset = (await getEntry('datasets', id))!.data;
  return chartImageFile(dataset, new URL(figurePagePath(params.anchor!), site).href, format);
};
