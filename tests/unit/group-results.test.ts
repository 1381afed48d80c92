import { expect, it } from 'vitest';
import { groupResults } from '../../src/lib/search/group-results.ts';
import type { PagefindPage, PagefindSubResult } from '../../src/lib/search/pagefind-types.ts';

const word = (location: number, score = 10) => ({ weight: 1, balanced_score: score, location });
const sub = (id: string, title: string, locations: number[], excerpt = ''): PagefindSubResult => ({
  url: `/p/#${id}`,
  title,
  excerpt,
  anchor: { element: id === '_top' ? 'h1' : 'h2', id, text: title, location: 0 },
  locations,
  weighted_locations: locations.map((l) => word(l)),
});

// A page: lead (0–9), section "a" (10–99) holding figure fig-1-1 (title 52–59, body 60–80), section "b" (100–).
const page = (subs: PagefindSubResult[]): PagefindPage => ({
  content: '',
  url: '/p/',
  excerpt: '',
  meta: { title: '页', 'fig-1-1': 'AI芯片出货量' },
  filters: { chapter: ['第01章 页'] },
  anchors: [
    { element: 'h1', id: '_top', text: '页', location: 0 },
    { element: 'h2', id: 'a', text: '甲节', location: 10 },
    { element: 'figure', id: 'fig-1-1', text: '', location: 50 },
    { element: 'span', id: 'fig-1-1-title', text: '', location: 52 },
    { element: 'p', id: 'fig-1-1-desc', text: '', location: 60 },
    { element: 'h2', id: 'b', text: '乙节', location: 100 },
  ],
  sub_results: subs,
});

it('groupResults puts the section whose heading holds the query above one that only mentions it more often', () => {
  const [group] = groupResults('乙节', [page([sub('a', '甲节', [20, 30, 40], '乙节'), sub('b', '乙节', [100, 101], '乙节')])]);
  expect(group!.hits.map((h) => h.url)).toEqual(['/p/#b', '/p/#a']);
  expect(group!.chapter).toBe('第01章 页');
});

it('groupResults lists a figure whose title holds the query before its section, and one named by number first', () => {
  const byTitle = groupResults('芯片', [page([sub('a', '甲节', [20, 54, 55], '芯片')])]);
  expect(byTitle[0]!.hits.map((h) => [h.url, h.kind, h.title])).toEqual([
    ['/p/#fig-1-1', 'figure', '图1-1 AI芯片出货量'],
    ['/p/#a', 'section', '甲节'],
  ]);
  const byNumber = groupResults('图1-1', [page([sub('b', '乙节', [100, 101, 102], '图1-1')])]);
  expect(byNumber[0]!.hits[0]!.url).toBe('/p/#fig-1-1');
});

it('groupResults drops places that hold only some pieces of the query, and returns nothing when none holds it all', () => {
  expect(groupResults('长颈鹿', [page([sub('a', '甲节', [20], '<mark>长</mark>文本')])])).toEqual([]);
});

it('groupResults ranks a page lead below a section with the same matches', () => {
  const [group] = groupResults('算力', [page([sub('_top', '页', [1, 2], '算力'), sub('a', '甲节', [20, 21], '算力')])]);
  expect(group!.hits.map((h) => h.url)).toEqual(['/p/#a', '/p/#_top']);
});

it('groupResults names a diagram or timeline by its caption’s title, having no number', () => {
  const withDiagram: PagefindPage = {
    ...page([sub('a', '甲节', [20, 54, 55], '图谱')]),
    meta: { title: '页', 'diagram-map': '产业图谱' },
    anchors: [
      { element: 'h2', id: 'a', text: '甲节', location: 10 },
      { element: 'figure', id: 'diagram-map', text: '', location: 50 },
      { element: 'a', id: 'diagram-map-title', text: '', location: 52 },
      { element: 'p', id: 'diagram-map-desc', text: '', location: 60 },
    ],
  };
  expect(groupResults('图谱', [withDiagram])[0]!.hits[0]).toMatchObject({ url: '/p/#diagram-map', kind: 'figure', title: '产业图谱' });
});
