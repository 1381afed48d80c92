import { groupResults, type ChapterGroup } from './group-results.ts';
import type { PagefindApi } from './pagefind-types.ts';

/**
 * Runs a query on Pagefind and returns chapters with their matching sections
 * and figures, best first. The site has a dozen pages, so every result's
 * fragment is loaded: ranking sections needs all of them.
 */
export async function searchSections(pagefind: PagefindApi, query: string, chapter?: string): Promise<ChapterGroup[]> {
  const search = await pagefind.search(query, chapter ? { filters: { chapter } } : undefined);
  const pages = await Promise.all((search?.results ?? []).map((r) => r.data()));
  return groupResults(query, pages);
}
