import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlPages, isFigureCopy, PRINT_PAGE, readPage, readingPages, requireDist, urlPath } from '../helpers/dist.ts';
import { realDatasets } from '../helpers/real-datasets.ts';

beforeAll(requireDist);

const MACRO_SECTIONS = [
  'policy',
  'economy',
  'capital',
  'society-awareness',
  'society-anxiety',
  'technology-architectures',
  'technology-trends',
];

describe('built pages', () => {
  it('are all in zh-CN, the chapters included', () => {
    const pages = htmlPages();
    expect(pages).toEqual(expect.arrayContaining(['index.html', 'macro/index.html', 'preface/index.html', '404.html']));
    for (const page of pages) expect(readPage(page).documentElement.getAttribute('lang'), page).toBe('zh-CN');
  });

  it('load nothing from another host', () => {
    for (const page of htmlPages()) {
      const doc = readPage(page);
      for (const el of doc.querySelectorAll('script[src], link[href], img[src], iframe[src]')) {
        const ref = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (el.getAttribute('rel') === 'canonical' || el.getAttribute('rel') === 'sitemap') continue;
        expect(ref, `${page}: ${el.outerHTML}`).not.toMatch(/^(https?:)?\/\//);
      }
    }
  });

  // A stylesheet met mid-parse, with @font-face rules in it, makes Chromium lay out every text node
  // again; KaTeX's declares 20 faces.
  it('link stylesheets in <head> only, KaTeX’s on the pages that draw a formula and no others', () => {
    const declaresKatexFonts = (href: string) => /font-family:KaTeX_/.test(readFileSync(join(DIST, href.replace(/^\//, '')), 'utf8'));
    const pagesWithKatex: string[] = [];
    for (const page of htmlPages()) {
      const doc = readPage(page);
      expect(doc.querySelectorAll('body link[rel="stylesheet"]'), page).toHaveLength(0);
      const headSheets = [...doc.querySelectorAll('head link[rel="stylesheet"]')].map((l) => l.getAttribute('href')!);
      const hasFormula = doc.querySelector('.katex') !== null;
      expect(headSheets.some(declaresKatexFonts), page).toBe(hasFormula);
      if (hasFormula) pagesWithKatex.push(page);
    }
    expect(pagesWithKatex).toEqual(['full/index.html', 'industry-value/index.html']);
  });

  // Starlight ships both by default: link prefetching, though the service worker already caches every
  // page on the first visit, and a language menu's script, though the report has one language.
  it('ship no link-prefetching or language-menu script', () => {
    const assets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    for (const file of assets) expect(readFileSync(join(DIST, '_astro', file), 'utf8'), file).not.toMatch(/prefetch|starlight-lang-select/);
  });

  it('ship no chart library to the browser', () => {
    const assets = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.js'));
    for (const file of assets) {
      const js = readFileSync(join(DIST, '_astro', file), 'utf8');
      expect(js, file).not.toMatch(/observablehq|d3-scale|scaleLinear/);
    }
  });
});

describe('chapter 01 page', () => {
  const doc = () => readPage('macro/index.html');

  it('has every slide as a section with its stable anchor, in order, in the table of contents', () => {
    const ids = [...doc().querySelectorAll('.sl-markdown-content h2')].map((h) => h.id);
    expect(ids).toEqual(MACRO_SECTIONS);
    const toc = [...doc().querySelectorAll('page-toc a')].map((a) => a.getAttribute('href'));
    for (const id of MACRO_SECTIONS) expect(toc).toContain(`#${id}`);
  });


  it('has no page footer text from the PDF', () => {
    expect(doc().body.textContent).not.toContain('iResearch Inc.');
  });
});

describe.each(realDatasets())('figure $id', ({ id, dataset }) => {
  const anchor = `fig-${dataset.figure.slice(1)}`;
  const page = readingPages().find((p) => readPage(p).getElementById(anchor)?.tagName === 'FIGURE');

  it('is on a chapter page as a numbered, captioned, described figure', () => {
    expect(page, `no page shows ${id}`).toBeDefined();
    const figure = readPage(page!).getElementById(anchor)!;
    expect(figure.tagName).toBe('FIGURE');
    expect(figure.querySelector('figcaption')!.textContent).toContain(`${dataset.figure}${dataset.title}`);
    expect(figure.querySelector('figcaption')!.textContent).toContain(`单位：${dataset.unit}`);
    expect(figure.querySelector('.figure-source')!.textContent).toBe(`来源：${dataset.source}`);
    const description = figure.querySelector(`#${anchor}-desc`)!.textContent!;
    expect(figure.getAttribute('aria-describedby')).toBe(`${anchor}-desc`);
    expect(description.length).toBeGreaterThan(10);
  });

  // 图1-1 said 单位：亿元 over an axis in 万亿元; 图2-2 said 个；万元 over an axis in 亿元.
  it('shows the unit its caption states on its axes, value labels and table headers, and no other but a rate’s %', () => {
    const figure = readPage(page!).getElementById(anchor)!;
    const stated = figure.querySelector('.figure-unit')!.textContent!.replace(/^单位：/, '').split('；');
    const inParentheses = (text: string) => /（([^（）]+)）$/.exec(text.trim())?.[1];
    const axes = [...figure.querySelectorAll('.chart svg [aria-label$="axis label"] text')].flatMap((t) => inParentheses(t.textContent!) ?? []);
    const valueLabels = [...figure.querySelectorAll('.chart svg [aria-label="text"] text')].flatMap((t) => /^[\d.]+(\D+)$/.exec(t.textContent!)?.[1] ?? []);
    const headers = [...figure.querySelectorAll('details table thead th')].flatMap((th) => inParentheses(th.textContent!) ?? []);
    const allowed = new Set([...stated, '%']);
    expect({ axes: axes.filter((u) => !allowed.has(u)), valueLabels: valueLabels.filter((u) => !allowed.has(u)), headers: headers.filter((u) => !allowed.has(u)) }).toEqual({
      axes: [],
      valueLabels: [],
      headers: [],
    });
    expect(stated.filter((unit) => !headers.includes(unit))).toEqual([]);
    if (axes.length > 0) expect(stated.filter((unit) => !axes.includes(unit))).toEqual([]);
  });

  it('draws inline SVG for phones and for wide screens', () => {
    const figure = readPage(page!).getElementById(anchor)!;
    expect(figure.querySelectorAll('.chart-narrow svg').length).toBeGreaterThan(0);
    expect(figure.querySelectorAll('.chart-wide svg').length).toBeGreaterThan(0);
  });

  it('is drawn once, at the wide size, in the print edition', () => {
    const figure = readPage(PRINT_PAGE).getElementById(anchor)!;
    expect(figure.querySelectorAll('.chart-narrow svg')).toHaveLength(0);
    expect(figure.querySelectorAll('.chart-wide svg').length).toBe(readPage(page!).getElementById(anchor)!.querySelectorAll('.chart-wide svg').length);
  });

  it('has its data as a table with one row per data row', () => {
    const table = readPage(page!).getElementById(anchor)!.querySelector('details table')!;
    expect(table.querySelectorAll('tbody tr')).toHaveLength(dataset.rows.length);
    expect(table.querySelectorAll('thead th')).toHaveLength(dataset.columns.length);
  });

  it('offers CSV and JSON downloads that hold the same rows', () => {
    const links = [...readPage(page!).getElementById(anchor)!.querySelectorAll('.figure-downloads a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([`/data/${id}.csv`, `/data/${id}.json`]);
    const csv = readFileSync(join(DIST, 'data', `${id}.csv`), 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(dataset.rows.length + 1);
    const json = JSON.parse(readFileSync(join(DIST, 'data', `${id}.json`), 'utf8'));
    expect(json.id).toBe(id);
    expect(json.rows).toEqual(dataset.rows);
  });
});

describe('cover page', () => {
  it('shows the report’s key figures rendered from the data, as the report states them', () => {
    const values = [...readPage('index.html').querySelectorAll('.key-figure-value')].map((p) => p.textContent);
    const tenders = realDatasets().find((d) => d.id === 'tenders-monthly-2024')!.dataset.rows;
    const projects = tenders.reduce((t, r) => t + Number(r.projects), 0);
    const amount = tenders.reduce((t, r) => t + Number(r.amount), 0);
    expect(values).toEqual(['2697亿元', '26.2%', '10863亿元', '32.1%', `${projects}个`, `${(amount / 1e4).toFixed(1)}亿元`]);
  });

  it('marks the key figures the site summed, which the report does not print, as the site’s', () => {
    const notes = [...readPage('index.html').querySelectorAll('.key-figure')].map((card) => card.querySelector('.key-figure-computed')?.textContent ?? null);
    expect(notes).toEqual([null, null, null, null, '本站计算：据报告各月数据合计', '本站计算：据报告各月数据合计，万元折为亿元']);
  });

  // A reader meets the report's story first: its headline chart and the abstract's findings, then the chapters.
  it('tells the report’s story first: the headline chart, the abstract’s key findings, then the key figures and chapters', () => {
    const cover = readPage('index.html');
    expect([...cover.querySelectorAll('.sl-markdown-content h2')].map((h) => h.textContent)).toEqual(['产业规模', '核心发现', '关键数据', '目录', '如何引用']);
    const headline = cover.querySelector('.headline-chart')!;
    expect(headline.querySelector('a')!.getAttribute('href')).toBe('/industry-value/#fig-2-1');
    expect(headline.querySelector('a')!.textContent).toBe(`图2-1 ${readPage('industry-value/index.html').getElementById('fig-2-1-title')!.textContent}`);
    expect(headline.querySelectorAll('.chart-narrow svg, .chart-wide svg').length).toBeGreaterThanOrEqual(2);
    // The findings are the abstract's numbered headlines, as the abstract page shows them.
    const abstract = [...readPage('abstract/index.html').querySelectorAll('#industry ~ p, .chapter-section p')]
      .map((p) => p.textContent ?? '')
      .flatMap((text) => /^\d+[）)]\s*([^：]+)：/.exec(text)?.[1] ?? []);
    expect(abstract.length).toBe(6);
    expect([...cover.querySelectorAll('.key-findings li')].map((li) => li.textContent)).toEqual(abstract);
    // Both repeat what their own pages say: kept out of the search index.
    for (const block of ['.headline-chart', '.key-findings']) expect(cover.querySelector(block)!.getAttribute('data-pagefind-ignore'), block).toBe('all');
  });

  it('lists every chapter with its summary and links to it', () => {
    const links = [...readPage('index.html').querySelectorAll('.chapter-cards a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/preface/', '/abstract/', '/macro/', '/industry-value/', '/commercialization/', '/cases/', '/trends/']);
  });
});

describe('the whole report', () => {
  it('has no placeholder left: every chapter is text, every chart is drawn', () => {
    for (const page of htmlPages()) {
      const doc = readPage(page);
      expect(doc.querySelectorAll('[data-pending-figure]'), page).toHaveLength(0);
      expect(doc.body.textContent, page).not.toMatch(/正在整理|正文正在/);
    }
  });

  it('lists every section of every chapter in the on-page table of contents, each with an ASCII anchor', () => {
    const chapters = ['index', 'preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends'];
    for (const page of chapters.map((slug) => (slug === 'index' ? 'index.html' : `${slug}/index.html`))) {
      const doc = readPage(page);
      const ids = [...doc.querySelectorAll('.sl-markdown-content h2')].map((h) => h.id);
      const toc = [...doc.querySelectorAll('page-toc a')].map((a) => a.getAttribute('href'));
      for (const id of ids) {
        expect(id, page).toMatch(/^[a-z0-9-]+$/);
        expect(toc, page).toContain(`#${id}`);
      }
    }
  });

  // A slide's 来源 line is its figures' (each chart, diagram and timeline shows its own) or, where the slide
  // has none or its 来源 says more than theirs, the section's own line. /macro/ used to print 来源 18 times for 9 figures.
  it('shows every slide’s 来源 once: each figure its own line, the section a line only where no figure says it', () => {
    const problems: string[] = [];
    for (const slug of ['macro', 'industry-value', 'commercialization', 'cases', 'trends']) {
      for (const section of readPage(`${slug}/index.html`).querySelectorAll('section.chapter-section')) {
        const where = `${slug}#${section.querySelector('h2')!.id}`;
        const figures = [...section.querySelectorAll('figure')];
        const own = figures.map((f) => [...f.querySelectorAll('.figure-source')].map((p) => p.textContent));
        const slide = [...section.querySelectorAll('.slide-source')].map((p) => p.textContent!);
        if (own.some((lines) => lines.length !== 1)) problems.push(`${where}: a figure with ${own.map((l) => l.length).join('/')} 来源 lines`);
        if (slide.length + figures.length === 0) problems.push(`${where}: no 来源 line`);
        if (slide.some((line) => !line.startsWith('来源：'))) problems.push(`${where}: ${slide}`);
        if (figures.length > 0 && slide.some((line) => own.every(([l]) => l === line))) problems.push(`${where}: repeats its figures’ ${slide}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('tells sections whose headings repeat apart in the contents, by the topic the report’s slide gives each', () => {
    const labels = (page: string) => [...readPage(page).querySelectorAll('page-toc a')].map((a) => a.getAttribute('data-label'));
    for (const page of ['commercialization/index.html', 'cases/index.html']) expect(new Set(labels(page)).size, page).toBe(labels(page).length);
    expect(labels('commercialization/index.html').slice(1, 4)).toEqual(['语音模态 · 投融资', '语音模态 · 技术演进', '语音模态 · 典型产品']);
    // The heading itself stays as the report prints it.
    expect(readPage('commercialization/index.html').getElementById('voice-technology')!.textContent).toBe('语音模态');
  });

  it('links each chapter to the previous and next in reading order', () => {
    const order = ['preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends'];
    order.forEach((slug, i) => {
      const doc = readPage(`${slug}/index.html`);
      const prev = doc.querySelector('a[rel="prev"]')?.getAttribute('href');
      const next = doc.querySelector('a[rel="next"]')?.getAttribute('href');
      expect(prev).toBe(i === 0 ? '/' : `/${order[i - 1]}/`);
      if (i < order.length - 1) expect(next).toBe(`/${order[i + 1]}/`);
    });
  });
});

// What the site builds on from Starlight, beyond its exported components and route data: the HTML its
// heading links print, which the section skipping, the section copy buttons and print rules style. A
// Starlight upgrade that changes it fails here rather than silently unstyling or un-skipping a page.
describe('what the site takes from Starlight’s HTML', () => {
  // Pages whose Markdown has level-2 headings: the contents list them (route data), besides the title (#_top).
  const pages = readingPages().filter((page) => readPage(page).querySelector('page-toc a:not([href="#_top"])'));

  it('every level-2 heading of a page’s Markdown opens a chapter section, in Starlight’s heading wrapper with its anchor link', () => {
    expect(pages.length).toBeGreaterThanOrEqual(8);
    for (const page of pages) {
      const doc = readPage(page);
      // Components' own headings (the figure list's, say) are not in the contents, and open no section.
      const targets = [...doc.querySelectorAll('page-toc a')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => id !== '_top');
      for (const heading of targets.map((id) => doc.getElementById(id)!)) {
        expect(heading.matches('.sl-markdown-content h2'), page).toBe(true);
        const wrapper = heading.parentElement!;
        expect(wrapper.matches('.sl-heading-wrapper.level-h2'), `${page} #${heading.id}`).toBe(true);
        expect(wrapper.querySelector(':scope > a.sl-anchor-link')?.getAttribute('href'), page).toBe(`#${heading.id}`);
        const section = wrapper.parentElement!;
        expect(section.matches('section.chapter-section') && section.firstElementChild === wrapper, `${page} #${heading.id}`).toBe(true);
        expect(section.getAttribute('style'), page).toMatch(/^--extent-chars:\d+;--extent-blocks:\d+;--extent-graphics:\d+$/);
      }
      // Nothing of the page's text is left between or after the sections.
      const content = doc.querySelector('.sl-markdown-content')!;
      const afterFirst = [...content.children].slice([...content.children].findIndex((c) => c.matches('.chapter-section')));
      expect(afterFirst.every((c) => c.matches('.chapter-section')), page).toBe(true);
    }
  });

  it('the contents are ours, with our highlighter: Starlight’s, which observes every element of the page, is not shipped', () => {
    for (const page of pages) {
      const doc = readPage(page);
      expect(doc.querySelector('starlight-toc, mobile-starlight-toc'), page).toBeNull();
      expect(doc.querySelectorAll('page-toc a').length, page).toBe(doc.querySelectorAll('mobile-page-toc a').length);
    }
    const scripts = readdirSync(join(DIST, '_astro')).filter((file) => file.endsWith('.js'));
    const defining = scripts.filter((file) => readFileSync(join(DIST, '_astro', file), 'utf8').includes('starlight-toc'));
    expect(defining).toEqual([]);
  });
});

describe('files for hosts and crawlers', () => {
  it('titles the cover with the report’s title once, and each chapter with its own title and the report’s', () => {
    const title = (page: string) => readPage(page).querySelector('title')!.textContent;
    expect(title('index.html')).toBe('2025年中国人工智能产业研究报告');
    expect(title('macro/index.html')).toBe('中国人工智能产业宏观环境 | 2025年中国人工智能产业研究报告');
  });

  it('gives each chapter its own summary as meta and Open Graph description', () => {
    const describe = (page: string) => readPage(page).querySelector('meta[name="description"]')!.getAttribute('content');
    expect(describe('macro/index.html')).toBe('当下，中国人工智能产业在经济、政策、认知、技术维度的发展环境如何？');
    expect(readPage('macro/index.html').querySelector('meta[property="og:description"]')!.getAttribute('content')).toBe(describe('macro/index.html'));
    expect(new Set(['preface', 'abstract', 'macro', 'cases'].map((p) => describe(`${p}/index.html`))).size).toBe(4);
  });

  it('every page but 404 has its own 1200×630 PNG social card, named in Open Graph and Twitter meta', () => {
    const cards = new Set<string>();
    const pages = htmlPages().filter((p) => p !== '404.html' && !isFigureCopy(p));
    for (const page of pages) {
      const doc = readPage(page);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute('content');
      expect(image, page).toMatch(/^https?:\/\/[^/]+\/og\/[\w-]+\.png$/);
      expect(doc.querySelector('meta[name="twitter:image"]')?.getAttribute('content')).toBe(image);
      const png = readFileSync(join(DIST, new URL(image!).pathname));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
      cards.add(png.toString('base64'));
    }
    expect(cards.size).toBe(pages.length);
  });

  // A figure's link, shared, previews as the figure: its slide image, whose size the meta states; a
  // diagram (no image: drawn by CSS) as its chapter's card. An embed page, read inside other sites, has none.
  it("a figure's own page previews as its slide image, a diagram's as its chapter's card; an embed page has none", () => {
    const figures = htmlPages().filter((p) => p.startsWith('figures/') && p !== 'figures/index.html');
    expect(figures.length).toBeGreaterThan(30);
    for (const page of figures) {
      const doc = readPage(page);
      const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
      const anchor = page.split('/')[1]!;
      const png = readFileSync(join(DIST, new URL(meta('og:image')!).pathname));
      if (anchor.startsWith('diagram-')) {
        const chapter = doc.querySelector('.figure-context a')!.getAttribute('href')!.replace(/\//g, '');
        expect(new URL(meta('og:image')!).pathname, page).toBe(`/og/${chapter}.png`);
      } else {
        expect(new URL(meta('og:image')!).pathname, page).toBe(`/figures/${anchor}/${anchor}-16x9.png`);
      }
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], page).toEqual([Number(meta('og:image:width')), Number(meta('og:image:height'))]);
    }
    for (const page of htmlPages().filter((p) => p.startsWith('embed/'))) {
      expect(readPage(page).querySelector('meta[property="og:image"]'), page).toBeNull();
    }
  });

  it('the 404 page says so in Chinese and leads back to the cover and every chapter', () => {
    const page = readPage('404.html');
    expect(page.querySelector('h1')?.textContent).toBe('页面未找到');
    const links = [...page.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toContain('/');
    for (const chapter of ['preface', 'abstract', 'macro', 'industry-value', 'commercialization', 'cases', 'trends']) expect(links).toContain(`/${chapter}/`);
    expect(readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8')).not.toContain('404');
    expect(readPage('macro/index.html').querySelector('nav a[href="/404/"]')).toBeNull();
  });

  it('robots.txt points at the sitemap under the configured origin', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toContain('User-agent: *');
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^\s]+\/sitemap-index\.xml$/m);
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
  });

  it('_headers caches hashed assets for good and sets security headers on every path', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    expect(headers).toMatch(/\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable/);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(header);
    // Files written after the build have their rules too: the service worker never cached, the PDF revalidated.
    expect(headers).toMatch(/\/sw\.js\n\s+Cache-Control: no-cache/);
    expect(headers).toMatch(/\/report\.pdf\n\s+Cache-Control: public, max-age=0, must-revalidate/);
  });

  it('every page carries the CSP of _headers in a <meta> tag, less frame-ancestors', () => {
    const header = readFileSync(join(DIST, '_headers'), 'utf8').match(/Content-Security-Policy: (.+)/)![1]!;
    expect(header).toContain("frame-ancestors 'none'");
    for (const page of htmlPages()) {
      const meta = readPage(page).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(meta, page).toBe(header.replace("; frame-ancestors 'none'", ''));
    }
  });
});
