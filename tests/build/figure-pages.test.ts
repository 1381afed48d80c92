import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, readingPages, requireDist, urlPath } from '../helpers/dist.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { realDatasets } from '../helpers/real-datasets.ts';
import { realDiagrams } from '../helpers/real-diagrams.ts';
import { realTimelines } from '../helpers/real-timelines.ts';

beforeAll(requireDist);

/** What each figure's data file says, by the anchor the site gives it (图1-3 → fig-1-3; diagram-<id>; timeline-<id>). */
const fromData = new Map<string, { title: string; source: string }>([
  ...realDatasets().map(({ dataset }) => [`fig-${dataset.figure.slice(1)}`, dataset] as const),
  ...realDiagrams().map(({ id, diagram }) => [`diagram-${id}`, diagram] as const),
  ...realTimelines().map(({ id, timeline }) => [`timeline-${id}`, timeline] as const),
]);

/** The pages in reading order, as the sidebar of a built page lists them. */
const readingOrder = [...readPage('index.html').querySelectorAll('nav.sidebar a[href]')].map((a) => a.getAttribute('href')!);

/** Every figure the chapter pages show, in reading order, found in the built pages: its anchor, its page, the section it stands in. */
const shown = readingPages()
  .filter((page) => readingOrder.includes(urlPath(page)))
  .toSorted((a, b) => readingOrder.indexOf(urlPath(a)) - readingOrder.indexOf(urlPath(b)))
  .flatMap((page) =>
    [...readPage(page).querySelectorAll('figure.report-figure[id]')]
      .filter((figure) => fromData.has(figure.id))
      .map((figure) => ({ anchor: figure.id, page: urlPath(page), section: figure.closest('section.chapter-section')?.querySelector('h2')?.id })),
  );

describe('a page of its own and an embed page for every figure', () => {
  it('covers every chart, diagram and timeline the chapters show, and nothing else', () => {
    expect(shown.length).toBeGreaterThan(30);
    const anchors = shown.map((f) => f.anchor).toSorted();
    expect(readdirSync(join(DIST, 'figures'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).toSorted()).toEqual(anchors);
    expect(readdirSync(join(DIST, 'embed')).toSorted()).toEqual(anchors);
    for (const kind of ['fig-', 'diagram-', 'timeline-']) expect(anchors.some((a) => a.startsWith(kind)), kind).toBe(true);
  });

  it.each(shown)('/figures/$anchor/: title, 来源, the figure with its actions, its chapter, section and place', ({ anchor, page, section }) => {
    const data = fromData.get(anchor)!;
    const doc = readPage(`figures/${anchor}/index.html`);
    expect(doc.querySelector('h1')?.textContent).toContain(data.title);
    expect(doc.querySelector('title')?.textContent).toContain(data.title);
    const figure = doc.getElementById(anchor)!;
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.querySelector('.figure-source')?.textContent).toBe(`来源：${data.source}`);
    expect([...figure.querySelectorAll('.figure-actions summary')].map((s) => s.textContent)).toEqual(expect.arrayContaining(['引用', '分享', '嵌入']));
    const hrefs = [...doc.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(page);
    expect(section, anchor).toBeDefined();
    expect(hrefs).toContain(`${page}#${section}`);
    expect(doc.querySelector('a.figure-in-place')?.getAttribute('href')).toBe(`${page}#${anchor}`);
    // Out of the search index: the chapter is the result to find.
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });

  it('walks the figures in reading order with previous and next links', () => {
    const order = shown.map((f) => `/figures/${f.anchor}/`);
    for (const [i, path] of order.entries()) {
      const links = [...readPage(`${path.slice(1)}index.html`).querySelectorAll('.pagination-links a')].map((a) => a.getAttribute('href'));
      expect(links, path).toEqual([order[i - 1], order[i + 1]].filter(Boolean));
    }
  });

  it.each(shown)('/embed/$anchor/: the figure alone, in Chinese, not indexed, canonical to its page, linking there in a new tab', ({ anchor }) => {
    const data = fromData.get(anchor)!;
    const doc = readPage(`embed/${anchor}/index.html`);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(`/figures/${anchor}/`);
    expect(doc.querySelector('figcaption')?.textContent).toContain(data.title);
    expect(doc.querySelector('.figure-source')?.textContent).toBe(`来源：${data.source}`);
    const back = [...doc.querySelectorAll('a')].find((a) => a.textContent === '在原网站查看');
    expect(back?.getAttribute('href')).toBe(`/figures/${anchor}/`);
    // The site's icon, which a browser otherwise looks for at /favicon.ico, a 404.
    expect(existsSync(join(DIST, doc.querySelector('link[rel="icon"]')!.getAttribute('href')!))).toBe(true);
    // Every link opens outside the frame, where the site's other pages refuse to be framed.
    expect(doc.querySelector('base')?.getAttribute('target')).toBe('_blank');
    expect(doc.querySelectorAll('a').length).toBeGreaterThan(1);
    expect([...doc.querySelectorAll('a[target]')].filter((a) => a.getAttribute('target') !== '_blank')).toEqual([]);
    // No site navigation and no actions: the host page is the reader's context.
    expect(doc.querySelectorAll('nav, header, .figure-actions, .sidebar-pane').length).toBe(0);
  });

  it('the sitemap lists the figure pages, not the embed pages', () => {
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    for (const { anchor } of shown) {
      expect(sitemap).toContain(`/figures/${anchor}/</loc>`);
      expect(sitemap).not.toContain(`/embed/${anchor}/`);
    }
  });
});

describe('figures link to their pages', () => {
  it('图表目录 lists every figure, charts, diagrams and timelines, linking to its page', () => {
    const links = [...readPage('figures/index.html').querySelectorAll('.figure-list .figure-list-link')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(shown.map((f) => `/figures/${f.anchor}/`));
  });

  it('图表目录 links each figure’s embed page and its BibTeX, RIS and CSL-JSON files, each a file there, each link naming its figure', () => {
    const items = [...readPage('figures/index.html').querySelectorAll('.figure-list li')];
    expect(items).toHaveLength(shown.length);
    const labels: string[] = [];
    for (const [i, { anchor }] of shown.entries()) {
      const hrefs = [...items[i]!.querySelectorAll('a:not(.figure-list-link)')].map((a) => a.getAttribute('href')!);
      const expected = [`/embed/${anchor}/`, ...['bib', 'ris', 'json'].map((ext) => `/cite/${anchor}.${ext}`)];
      expect(hrefs.filter((h) => !/\.(png|svg)$/.test(h)), anchor).toEqual(expected);
      for (const href of expected) expect(existsSync(join(DIST, href.endsWith('/') ? `${href}index.html` : href)), href).toBe(true);
      for (const a of items[i]!.querySelectorAll('a:not(.figure-list-link)')) {
        const label = a.getAttribute('aria-label')!;
        expect(label, anchor).toContain(fromData.get(anchor)!.title);
        labels.push(label);
      }
    }
    // A screen reader's list of links tells them all apart.
    expect(new Set(labels).size).toBe(labels.length);
  });

  it.each(shown)("$anchor's caption on its chapter links to its page; 分享 gives the page's address, 嵌入 the embed page's iframe", ({ anchor, page }) => {
    const figure = readPage(`${page.slice(1)}index.html`).getElementById(anchor)!;
    expect(figure.querySelector('figcaption a')?.getAttribute('href')).toBe(`/figures/${anchor}/`);
    const shared = figure.querySelector('.figure-permalink a')?.getAttribute('href');
    expect(new URL(shared!).pathname).toBe(`/figures/${anchor}/`);
    expect(figure.querySelector('button.web-share')?.getAttribute('data-url')).toBe(shared);
    // The snippet, as the reader selects and copies it.
    const snippet = readPage(`${page.slice(1)}index.html`).getElementById(`${anchor}-embed`)!.textContent!;
    const iframe = /<iframe src="([^"]+)" title="([^"]+)" height="(\d+)" loading="lazy"/.exec(snippet);
    expect(iframe, anchor).not.toBeNull();
    expect(new URL(iframe![1]!).pathname).toBe(`/embed/${anchor}/`);
    expect(iframe![2]).toContain(fromData.get(anchor)!.title);
    expect(snippet).toContain(`e.origin===${JSON.stringify(new URL(iframe![1]!).origin)}`);
  });
});

describe('_headers: only the embed pages may be framed, on Netlify and Cloudflare Pages alike', () => {
  const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html')).map((f) => urlPath(f.split('\\').join('/')));

  it('every page gets one CSP (no two rules joined) and, but for embed pages, X-Frame-Options: DENY and frame-ancestors none', () => {
    expect(pages.length).toBeGreaterThan(80);
    for (const path of pages) {
      const headers = headersFor(rules, path);
      expect(headers['Content-Security-Policy']?.match(/default-src/g), path).toHaveLength(1);
      expect(headers['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
      if (path.startsWith('/embed/')) {
        expect(headers['X-Frame-Options'], path).toBeUndefined();
        expect(headers['Content-Security-Policy'], path).toMatch(/frame-ancestors \*$/);
      } else {
        expect(headers['X-Frame-Options'], path).toBe('DENY');
        expect(headers['Content-Security-Policy'], path).toMatch(/frame-ancestors 'none'$/);
      }
    }
  });

  it('hashed assets get one Cache-Control, for a year', () => {
    const asset = readdirSync(join(DIST, '_astro'))[0]!;
    expect(headersFor(rules, `/_astro/${asset}`)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
  });
});
