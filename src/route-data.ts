import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

/**
 * Each chapter's one-line summary is also its meta description (search results,
 * social cards), so authors write it once, in `summary`.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const { entry, head } = context.locals.starlightRoute;
  const summary = (entry.data as { summary?: string }).summary;
  if (!summary) return;
  for (const tag of head) {
    const name = tag.attrs?.name ?? tag.attrs?.property;
    if (tag.tag === 'meta' && (name === 'description' || name === 'og:description')) tag.attrs!.content = summary;
  }
});
