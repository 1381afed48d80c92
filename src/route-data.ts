import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { highwireMeta } from './lib/cite/highwire-meta.ts';
import { chapterCitation, reportCitation } from './lib/collections/citation-records.ts';
import { reportChapters } from './lib/collections/report-chapters.ts';
import { CARD } from './lib/social/card-svg.ts';
import { topicProblems } from './lib/site/section-topics.ts';
import { withBase } from './lib/site/with-base.ts';

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
  const chapter = (await reportChapters()).find((c) => c.id === entry.id);
  const record = chapter ? chapterCitation({ slug: chapter.id, title: chapter.data.title, chapter: chapter.data.chapter }, context.site!) : reportCitation(context.site!);
  for (const attrs of highwireMeta(record)) head.push({ tag: 'meta', attrs, content: '' });
  const image = new URL(withBase(`og/${entry.id || 'index'}.png`), context.site).href;
  const meta = (attrs: Record<string, string>) => head.push({ tag: 'meta', attrs, content: '' });
  meta({ property: 'og:image', content: image });
  meta({ property: 'og:image:width', content: String(CARD.width) });
  meta({ property: 'og:image:height', content: String(CARD.height) });
  meta({ property: 'og:image:alt', content: `${entry.data.title}：${summary}` });
  meta({ name: 'twitter:image', content: image });
});
