import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { highwireMeta } from './lib/cite/highwire-meta.ts';
import { allFigures } from './lib/collections/all-figures.ts';
import { chapterCitation, figureCitation, reportCitation } from './lib/collections/citation-records.ts';
import { figureImages } from './lib/export/figure-images.ts';
import { reportChapters } from './lib/collections/report-chapters.ts';
import { CARD } from './lib/social/card-svg.ts';
import { topicProblems } from './lib/site/section-topics.ts';
import { withBase } from './lib/site/with-base.ts';
import { FIGURE_PAGES } from './lib/figures/figure-id.ts';

/**
 * The cover's browser title is the report's title alone. Each chapter's one-line summary is also its meta description (search results,
 * social cards), so authors write it once, in `summary`. Each page also gets its
 * own social card image, drawn at build time by src/pages/og/[...slug].png.ts, and Highwire citation meta
 * tags (lib/cite/highwire-meta.ts): a page of the report's text cites itself, any other page the report.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const { entry, head, siteTitle, headings } = context.locals.starlightRoute;
  const topics = (entry.data as { topics?: Record<string, string> }).topics ?? {};
  const problems = topicProblems(headings.filter((h) => h.depth === 2), topics);
  if (problems.length > 0) throw new Error(`${entry.filePath ?? entry.id}: ${problems.join('; ')}`);
  // The cover is titled as the site is: its browser title says so once, not "报告 | 报告".
  const title = head.find((tag) => tag.tag === 'title');
  if (title && entry.data.title === siteTitle) title.content = siteTitle;
  const summary = (entry.data as { summary?: string }).summary;
  if (!summary) return;
  for (const tag of head) {
    const name = tag.attrs?.name ?? tag.attrs?.property;
    if (tag.tag === 'meta' && (name === 'description' || name === 'og:description')) tag.attrs!.content = summary;
  }
  if (entry.id === '404') return;
  // A figure's own page (/figures/<anchor>/) cites the figure and previews as it: its slide image where it has
  // one (a diagram, drawn by CSS, has none and shows its chapter's card).
  const figure = entry.id.startsWith(`${FIGURE_PAGES}/`) ? (await allFigures()).find((f) => entry.id === `${FIGURE_PAGES}/${f.anchor}`) : undefined;
  const chapter = (await reportChapters()).find((c) => c.id === entry.id);
  const record = figure
    ? figureCitation(figure, context.site!)
    : chapter
      ? chapterCitation(chapter, context.site!)
      : reportCitation(context.site!);
  for (const attrs of highwireMeta(record)) head.push({ tag: 'meta', attrs, content: '' });
  const slide = figure ? figureImages(figure).find((i) => i.format === 'slide') : undefined;
  const card = slide ?? { path: withBase(`og/${figure?.page.slug ?? (entry.id || 'index')}.png`), ...CARD };
  const image = new URL(card.path, context.site).href;
  const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs, content: '' });
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:width', content: String(card.width) });
  meta({ property: 'og:image:height', content: String(card.height) });
  meta({ property: 'og:image:alt', content: `${entry.data.title}：${summary}` });
  meta({ name: 'twitter:image', content: image });
});
