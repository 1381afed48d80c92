import { beforeAll, expect, it } from 'vitest';
import { searchSections } from '../../src/lib/search/search-sections.ts';
import type { PagefindApi } from '../../src/lib/search/pagefind-types.ts';
import { requireDist } from '../helpers/dist.ts';
import { loadPagefind } from '../helpers/pagefind.ts';
import { QUERIES } from './queries.ts';

let pagefind: PagefindApi;

beforeAll(async () => {
  requireDist();
  pagefind = (await loadPagefind()) as unknown as PagefindApi;
});

it('has at least 60 queries of every kind the issue names', () => {
  expect(QUERIES.length).toBeGreaterThanOrEqual(60);
  const kinds = new Set(QUERIES.map((q) => q.kind));
  for (const kind of ['two-character', 'product', 'mixed', 'acronym', 'number', 'figure', 'negative']) expect(kinds).toContain(kind);
});

it('ranks the expected section first for most queries and finds nothing for negatives (precision@1, recall)', async () => {
  const rows = [];
  for (const { query, kind, expected } of QUERIES) {
    const hits = (await searchSections(pagefind, query)).flatMap((g) => g.hits.map((h) => h.url));
    rows.push({ query, kind, expected, first: hits[0] ?? null, found: expected ? hits.includes(expected) : hits.length === 0, count: hits.length });
  }
  const positive = rows.filter((r) => r.expected);
  const negative = rows.filter((r) => !r.expected);
  const precisionAt1 = positive.filter((r) => r.first === r.expected).length / positive.length;
  const recall = positive.filter((r) => r.found).length / positive.length;
  const falsePositives = negative.filter((r) => !r.found);
  console.log(
    [
      `precision@1 ${(precisionAt1 * 100).toFixed(1)}% (${positive.filter((r) => r.first === r.expected).length}/${positive.length})`,
      `recall ${(recall * 100).toFixed(1)}% (${positive.filter((r) => r.found).length}/${positive.length})`,
      `negatives with results ${falsePositives.length}/${negative.length}`,
      ...rows.filter((r) => r.first !== r.expected).map((r) => `  miss@1 [${r.kind}] ${r.query}: expected ${r.expected}, first ${r.first}, ${r.found ? 'found lower' : 'not found'} (${r.count} hits)`),
    ].join('\n'),
  );
  expect(falsePositives.map((r) => r.query)).toEqual([]);
  expect(precisionAt1).toBeGreaterThanOrEqual(0.9);
  expect(recall).toBe(1);
}, 120_000);

it('names each figure it finds by the title on its caption: number and title, or the title of a diagram or timeline', async () => {
  const figures = async (query: string) =>
    (await searchSections(pagefind, query)).flatMap((g) => g.hits.filter((h) => h.kind === 'figure').map((h) => [h.url, h.title]));
  expect(await figures('产业图谱')).toContainEqual(['/industry-value/#diagram-industry-map-2024', '2024年中国人工智能产业图谱']);
  expect(await figures('图2-1')).toContainEqual(['/industry-value/#fig-2-1', '图2-1 2022-2029年中国人工智能产业规模']);
  expect(await figures('算力产业发展')).toContainEqual(['/industry-value/#timeline-compute-cycle', '中国人工智能算力产业发展']);
  const found = [...(await figures('算力')), ...(await figures('DeepSeek'))];
  expect(found.length).toBeGreaterThan(5);
  for (const [url, title] of found) expect(title, url).not.toMatch(/^$|^(fig|diagram|timeline)-/);
});
