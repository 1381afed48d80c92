import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, readPage, requireDist, urlPath } from '../helpers/dist.ts';
import { FOOTERS, footerPageOf, SOURCE_LINES } from '../helpers/source-footers.ts';

beforeAll(requireDist);

const REPORT_TITLE = '2025年中国人工智能产业研究报告';
/** The pages of the report's text (the cover and the appendices cite the report as a whole). */
const REPORT_TEXT = ['preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends'];

/** A page's canonical URL as Starlight writes it from SITE_URL: what its citation must name. */
const canonical = (page: string) => readPage(page).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
const site = () => new URL(canonical('index.html'));

/** The page of 图1-1 (国内生产总值走势): that of the footer after its title in the source. */
const gdpTitleLine = SOURCE_LINES.findIndex((l) => l.trim() === '2014-2024年中国国内生产总值走势') + 1;
/**
 * /macro/ runs from page 6 to 13, read off the source by hand: its divider (source line 106) is the slide
 * before the one the first footer ends ("7©2025.3 iResearch Inc.", line 224), and its last slide,
 * 技术环境（2/2） (line 648), follows the footer of page 12 (line 646) and has none of its own.
 */
const MACRO_PAGES = '6-13';

const CASES = [
  { key: 'report', title: REPORT_TITLE, url: () => canonical('index.html'), page: undefined },
  { key: 'macro', title: `${REPORT_TITLE}: 中国人工智能产业宏观环境`, url: () => canonical('macro/index.html'), page: MACRO_PAGES },
  { key: 'fig-1-1', title: `${REPORT_TITLE}: 图1-1 2014-2024年中国国内生产总值走势`, url: () => new URL('figures/fig-1-1/', site()).href, page: String(footerPageOf(gdpTitleLine)) },
];

describe.each(CASES)('the citation files of $key, read back by citation-js', ({ key, title, url, page }) => {
  it.each(['bib', 'ris', 'json'])(`/cite/${key}.%s`, async (format) => {
    const cite = await Cite.async(readFileSync(join(DIST, 'cite', `${key}.${format}`), 'utf8'));
    expect(cite.data).toHaveLength(1);
    const item = cite.data[0]!;
    expect(item.type).toBe('report');
    expect(item.title).toBe(title);
    expect(item.publisher).toBe('艾瑞咨询');
    expect(item.author).toHaveLength(1);
    expect(item.author![0]!.literal ?? item.author![0]!.family).toBe('艾瑞咨询');
    expect(item.issued!['date-parts']).toEqual([[2025, 3]]);
    expect(item.URL).toBe(url());
    // A single page reads back as "8", whatever the format.
    expect(item.page?.replace(/^(\d+)-\1$/, '$1')).toBe(page);
  });
});

describe('Highwire citation meta tags', () => {
  const meta = (page: string, name: string) => [...readPage(page).querySelectorAll(`meta[name="${name}"]`)].map((m) => m.getAttribute('content'));

  it.each(htmlPages().filter((p) => p !== '404.html'))('%s names the report, or the page or figure it shows, 艾瑞咨询 and 2025/03', (page) => {
    const slug = urlPath(page).slice(1, -1);
    const pageTitle = readPage(page).querySelector('title')!.textContent!.split(' | ')[0];
    // A page of the report's text, a figure's own page and its embed page cite what they show; any other page the report.
    const citesItself = REPORT_TEXT.includes(slug) || /^(figures|embed)\/[^/]+\/index\.html$/.test(page);
    expect(meta(page, 'citation_title')).toEqual([citesItself ? `${REPORT_TITLE}: ${pageTitle}` : REPORT_TITLE]);
    expect(meta(page, 'citation_author')).toEqual(['艾瑞咨询']);
    expect(meta(page, 'citation_technical_report_institution')).toEqual(['艾瑞咨询']);
    expect(meta(page, 'citation_publication_date')).toEqual(['2025/03']);
    expect(meta(page, 'citation_language')).toEqual(['zh']);
    expect(meta(page, 'citation_abstract_html_url')).toEqual([citesItself ? canonical(page) : canonical('index.html')]);
  });

  it('gives a chapter the original pages it spans, and 前言 none', () => {
    expect(`${meta('macro/index.html', 'citation_firstpage')}-${meta('macro/index.html', 'citation_lastpage')}`).toBe(MACRO_PAGES);
    expect(meta('preface/index.html', 'citation_firstpage')).toEqual([]);
  });
});

describe('original page numbers on the pages', () => {
  const marker = (page: string, anchor: string) => readPage(page).querySelector(`#${anchor}`)!.closest('section')!.querySelector('.section-page')!.textContent;

  it.each(FOOTERS)('the section whose slide the footer of page $page ends says so on /macro/', ({ line, page }) => {
    const document = readPage('macro/index.html');
    const heading = [...document.querySelectorAll('h2')].filter((h) => SOURCE_LINES.slice(0, line).some((l) => l.trim() === h.textContent!.trim())).at(-1)!;
    expect(marker('macro/index.html', heading.id)).toBe(`原报告第 ${page} 页（本站推算）`);
  });

  it('shows 图1-1’s page under its source line, linking to the explanation', () => {
    const source = readPage('macro/index.html').querySelector('#fig-1-1 .figure-page')!;
    expect(source.textContent).toContain(`原报告第 ${footerPageOf(gdpTitleLine)} 页（本站推算）`);
    expect(source.querySelector('a')!.getAttribute('href')).toMatch(/\/macro\/#original-pages$/);
  });

  it('says the page is not known before the first chapter divider, and explains on every page with markers', () => {
    expect(marker('preface/index.html', 'background')).toBe('原报告页码不详（说明）');
    for (const page of [...REPORT_TEXT.map((s) => `${s}/index.html`), 'full/index.html']) {
      const document = readPage(page);
      expect(document.querySelectorAll('.section-page').length, page).toBeGreaterThan(0);
      expect(document.querySelector('#original-pages')!.textContent, page).toContain(`第${FOOTERS.map((f) => f.page).join('、')}页`);
    }
  });

  it('offers each chapter’s citation with its files at the page’s end, and each figure’s in its 引用 panel', () => {
    const document = readPage('macro/index.html');
    expect(document.querySelector('.chapter-citation')!.textContent).toContain(`[R/OL]. 2025: ${MACRO_PAGES}(2025-03)[引用日期]. ${canonical('macro/index.html')}.`);
    // The pages are the site's reckoning, and say so, linking to how they were reckoned.
    const note = document.querySelector('.chapter-citation-pages')!;
    expect(note.textContent).toContain(`引文中的页码 ${MACRO_PAGES} 由本站推算`);
    expect(note.querySelector('a')!.getAttribute('href')).toBe('#original-pages');
    expect(document.getElementById('original-pages')).not.toBeNull();
    const links = [...document.querySelectorAll('#fig-1-1 .cite-links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/cite/fig-1-1.bib', '/cite/fig-1-1.ris', '/cite/fig-1-1.json'].map((p) => new URL(p, site()).pathname));
  });
});
