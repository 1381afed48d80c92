import { beforeAll, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import { loadPagefind } from '../helpers/pagefind.ts';
import { SECTION_QUERIES } from './section-queries.ts';

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;

beforeAll(async () => {
  requireDist();
  pagefind = await loadPagefind();
});

it.each(SECTION_QUERIES)('"$query" finds $page#$section', async ({ page, section, query }) => {
  const { results } = await pagefind.search(query);
  const pages = await Promise.all(results.map((r) => r.data()));
  const hit = pages.find((p) => p.url === page);
  expect(hit, `${query}: found ${pages.map((p) => p.url).join(', ') || 'nothing'}`).toBeDefined();
  expect(hit!.sub_results.map((s) => s.url)).toContain(`${page}#${section}`);
});
