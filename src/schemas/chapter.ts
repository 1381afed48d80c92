import { z } from 'astro/zod';

/**
 * What a chapter page adds to Starlight's frontmatter. Its reading order is
 * Starlight's `sidebar.order`, which also drives prev/next links.
 */
export const chapterSchema = z.object({
  /** Chapter number as printed on the chapter's divider, e.g. "01"; absent for 前言 and 摘要. */
  chapter: z.string().regex(/^\d{2}$/, '章号应为两位数字，如 "01"').optional(),
  /** One sentence on what the chapter covers, shown under its title and on the cover. */
  summary: z.string().min(1),
  /** Search keywords shown under the title; Pagefind indexes them with the page. Default none. */
  keywords: z.array(z.string().min(1)).default([]),
  /** The slide topic of each section whose heading repeats another's, keyed by its anchor, e.g. { "voice-investment": "投融资" }; shown in the contents and search results (lib/site/section-topics.ts). Default none. */
  topics: z.record(z.string(), z.string().min(1)).default({}),
});
