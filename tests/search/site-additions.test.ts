import { beforeAll, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import { loadPagefind } from '../helpers/pagefind.ts';

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;

beforeAll(async () => {
  requireDist();
  pagefind = await loadPagefind();
});

// The site's own words beside the report's text (original page markers, citation file links, the
// chapter's citation and the note on page numbers) would land in search excerpts and passages.
it('indexes no original page marker, citation file link or page-number note, on any page', async () => {
  const { results } = await pagefind.search('人工智能');
  const pages = await Promise.all(results.map((r) => r.data()));
  expect(pages.length).toBeGreaterThan(5);
  for (const page of pages) {
    for (const added of ['原报告第', '原报告页码不详', '本站推算）', '导入文献管理软件', '原报告页码是怎样推算的']) {
      expect(page.content, `${page.url}: ${added}`).not.toContain(added);
    }
  }
});
