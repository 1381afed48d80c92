import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../helpers/dist.ts';
import { groupResults } from '../../src/lib/search/group-results.ts';
import type { PagefindPage } from '../../src/lib/search/pagefind-types.ts';
import { loadPagefind, searchUrls } from '../helpers/pagefind.ts';

let pagefind: Awaited<ReturnType<typeof loadPagefind>>;

beforeAll(async () => {
  requireDist();
  pagefind = await loadPagefind();
});

describe('Pagefind index of the built site', () => {
  it.each([
    ['算力', '/macro/'],
    ['芯片', '/macro/'],
    ['AI芯片', '/macro/'],
    ['2024', '/macro/'],
    ['国内生产总值', '/macro/'],
    ['居民消费价格指数', '/macro/'],
    ['语言及多模态', '/macro/'],
    ['思维链', '/macro/'],
    ['澎湃', '/macro/'],
    ['Transformer', '/macro/'],
  ])('finds %s on %s', async (query, page) => {
    expect(await searchUrls(pagefind, query)).toContain(page);
  });

  it('finds a figure by its title on its chapter, not on the figure\'s own page (which would repeat it)', async () => {
    // 图1-3's title; the figure's page /figures/fig-1-3/ shows the same chart and words.
    const urls = await searchUrls(pagefind, '投融资轮次数量');
    expect(urls).toContain('/macro/');
    expect(urls.filter((url) => /^\/(figures|embed)\/./.test(url))).toEqual([]);
  });

  it('finds nothing for a term the report never uses', async () => {
    expect(await searchUrls(pagefind, '冰淇淋')).toEqual([]);
  });

  it('indexes the chapter text only: no sidebar, table of contents or prev/next links', async () => {
    const { results } = await pagefind.search('国内生产总值');
    const macro = await Promise.all(results.map((r) => r.data())).then((pages) => pages.find((p) => p.url === '/macro/')!);
    expect(macro.content).toContain('国内生产总值');
    for (const navigation of ['图表目录', '数据下载', '本页内容', '上一页', '下一页', '企业案例']) {
      expect(macro.content).not.toContain(navigation);
    }
  });

  it('offers the chapter as a filter and narrows results by it', async () => {
    const filters = await pagefind.filters();
    expect(Object.keys(filters.chapter ?? {})).toContain('第01章 中国人工智能产业宏观环境');
    const urls = await searchUrls(pagefind, '2024', { chapter: '第01章 中国人工智能产业宏观环境' });
    expect(urls).toEqual(['/macro/']);
  });
});

// /commercialization/ has three sections headed 语音模态; the report's slides tell them apart by topic.
it('names each result whose heading repeats with its slide topic, so no two results read the same', async () => {
  const { results } = await pagefind.search('语音模态');
  const pages = (await Promise.all(results.map((r) => r.data()))) as unknown as PagefindPage[];
  const chapter = groupResults('语音模态', pages).find((g) => g.url === '/commercialization/')!;
  const sections = chapter.hits.filter((h) => h.kind === 'section').map((h) => h.title);
  expect(sections).toEqual(expect.arrayContaining(['语音模态 · 投融资', '语音模态 · 技术演进', '语音模态 · 典型产品']));
  expect(new Set(sections).size).toBe(sections.length);
});

// Each result shows its own passage around the match: not its heading and subtitle again, not its
// section's text for a figure, not the page's keyword list, and no two results of a page alike.
it.each(['智算中心', '2697', 'DeepSeek', '扣子', '语音模态', '算力'])('shows each result for %s its own passage around the match', async (query) => {
  const { results } = await pagefind.search(query);
  const pages = (await Promise.all(results.map((r) => r.data()))) as unknown as PagefindPage[];
  const groups = groupResults(query, pages);
  expect(groups.length).toBeGreaterThan(0);
  for (const group of groups) {
    const page = pages.find((p) => p.url === group.url)!;
    const keywords = page.meta.keywords?.split('、').join('. ');
    const excerpts = group.hits.map((h) => h.excerpt);
    expect(new Set(excerpts).size, group.url).toBe(excerpts.length);
    for (const { excerpt, url } of group.hits) {
      for (const [, marked] of excerpt.matchAll(/<mark>(.*?)<\/mark>/g)) expect(marked!.toLowerCase(), url).toBe(query.toLowerCase());
      if (keywords) expect(excerpt.replace(/<\/?mark>/g, ''), url).not.toContain(keywords.split('. ').slice(0, 3).join('. '));
    }
  }
  // The best result shows the match itself.
  expect(groups[0]!.hits[0]!.excerpt).toContain(`<mark>`);
});
