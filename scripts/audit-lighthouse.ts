// Runs Lighthouse (mobile profile: emulated phone, simulated slow 4G and CPU) on every built page,
// served from dist/ with the headers of dist/_headers as a static host would, and prints a table.
// Fails when a page misses a target. Run after `npm run build`: `npm run audit:lighthouse`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, htmlPages, requireDist, urlPath } from '../tests/helpers/dist.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];

requireDist();
const { origin, server } = await serveStatic(DIST, '/', { withHeadersFile: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// The 404 page answers with status 404 by design, which Lighthouse's SEO audit counts against it.
const pages = htmlPages().filter((p) => p !== '404.html').map(urlPath);
const rows: { page: string; scores: Record<Category, number>; cls: number; lcp: number }[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
    const lhr = result!.lhr;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    rows.push({ page, scores, cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN, lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN });
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    if (failing.length > 0) console.error(`${page}: ${failing.map((a) => a.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  server.close();
}

console.log(['page', 'perf', 'a11y', 'best practices', 'SEO', 'CLS', 'LCP'].join('\t'));
for (const r of rows) console.log([r.page, ...CATEGORIES.map((c) => r.scores[c]), r.cls.toFixed(3), `${(r.lcp / 1000).toFixed(2)} s`].join('\t'));

const misses = rows.flatMap((r) => [
  ...CATEGORIES.filter((c) => r.scores[c] < TARGETS[c]).map((c) => `${r.page}: ${c} ${r.scores[c]} < ${TARGETS[c]}`),
  ...(r.cls > 0 ? [`${r.page}: CLS ${r.cls} > 0`] : []),
]);
if (misses.length > 0) {
  console.error(`\nBelow target:\n${misses.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages meet the targets: performance ≥ 98, accessibility, best practices and SEO 100, CLS 0.`);
