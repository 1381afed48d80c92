import { pageHref, withBase } from '../site/with-base.ts';

/**
 * Where each figure of the site is found: the anchor of its <figure> on its page, the ids of its title
 * and description there, and its URL. The figure shell, search, the figure list, the downloads page and
 * citations read them here.
 */

/** A numbered chart's anchor: "图1-3" → "fig-1-3". */
export const chartAnchor = (figure: string): string => `fig-${figure.replace(/^图/, '')}`;

/** A diagram's anchor, from its data file's id: "industry-map-2024" → "diagram-industry-map-2024". */
export const diagramAnchor = (id: string): string => `diagram-${id}`;

/** A timeline's anchor, from its data file's id: "deepseek-history" → "timeline-deepseek-history". */
export const timelineAnchor = (id: string): string => `timeline-${id}`;

/** The anchor of the 大事记 page's figure of every timeline. */
export const ALL_TIMELINES_ANCHOR = 'all-timelines';

/** The figure number an anchor stands for ("fig-1-3" → "图1-3"), or undefined for a diagram's or a timeline's. */
export function figureNumberOf(anchor: string): string | undefined {
  const match = /^fig-(\d+)-(\d+)$/.exec(anchor);
  return match ? `图${match[1]}-${match[2]}` : undefined;
}

/** The id of a figure's title, which names it (aria-labelledby). */
export const titleId = (anchor: string): string => `${anchor}-title`;

/** The id of a figure's description, its text alternative (aria-describedby). */
export const descriptionId = (anchor: string): string => `${anchor}-desc`;

/** A figure's path on the site, base included: `page` is its page's slug ("macro"). */
export const figurePath = (page: string, anchor: string): string => pageHref(page, anchor);

/** The folder of the figures' own pages, under the base; route data and the sitemap tell them by it. */
export const FIGURE_PAGES = 'figures';

/** The folder of the embed pages, under the base: the only pages other sites may frame (_headers). */
export const EMBED_PAGES = 'embed';

/** A figure's own page, base included: "fig-1-3" → "/figures/fig-1-3/". */
export const figurePagePath = (anchor: string): string => withBase(`${FIGURE_PAGES}/${anchor}/`);

/** A figure's embed page, for iframes on other sites, base included: "fig-1-3" → "/embed/fig-1-3/". */
export const embedPath = (anchor: string): string => withBase(`${EMBED_PAGES}/${anchor}/`);

/**
 * A figure's image files and the layout each is drawn in (lib/export/figure-image.ts): a 16:9 slide PNG,
 * an upright phone PNG, and the slide as SVG (the same layout as vectors: one picture, any size).
 */
export const FIGURE_IMAGE_FORMATS = {
  slide: { suffix: '-16x9.png', layout: 'slide', name: '幻灯片 PNG', mediatype: 'image/png' },
  phone: { suffix: '-phone.png', layout: 'phone', name: '手机竖图 PNG', mediatype: 'image/png' },
  svg: { suffix: '.svg', layout: 'slide', name: 'SVG 矢量图', mediatype: 'image/svg+xml' },
} as const;

export type FigureImageFormat = keyof typeof FIGURE_IMAGE_FORMATS;

/** A figure image's file name, readable once downloaded: "fig-1-3" → "fig-1-3-16x9.png". */
export const figureImageFile = (anchor: string, format: FigureImageFormat): string => `${anchor}${FIGURE_IMAGE_FORMATS[format].suffix}`;

/** A figure image's path, beside its own page, base included: "/figures/fig-1-3/fig-1-3-16x9.png". */
export const figureImagePath = (anchor: string, format: FigureImageFormat): string => withBase(`${FIGURE_PAGES}/${anchor}/${figureImageFile(anchor, format)}`);
