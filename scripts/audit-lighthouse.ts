// Runs Lighthouse (mobile profile: emulated phone, simulated slow 4G and CPU) on every built page,
// served from dist/ with the headers of dist/_headers and gzip as a static host would, and prints a
// table. Fails when a page misses a target. Run after `npm run build`: `npm run audit:lighthouse`.
// Lighthouse scales the CPU time it observes, so one run swings with whatever else the machine is
// doing; as Lighthouse's own docs advise, each page is run RUNS times (default 5) and its median
// performance run is reported: `npm run audit:lighthouse -- 3`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DIST, htmlPages, requireDist, urlPath } from '../tests/helpers/dist.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';

const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const;
type Category = keyof typeof TARGETS;
const CATEGORIES = Object.keys(TARGETS) as Category[];
const RUNS = Number(process.argv[2] ?? 5);

requireDist();
const { origin, server } = await serveStatic(DIST, '/', { withHeadersFile: true });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

// The 404 page answers with status 404 by design, which Lighthouse's SEO audit counts against it.
const pages = htmlPages().filter((p) => p !== '404.html').map(urlPath);
const rows: { page: string; scores: Record<Category, number>; cls: number; fcp: number; lcp: number; tbt: number }[] = [];
try {
  for (const page of pages) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      runs.push(result!.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)]!;
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
    const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({ page, scores, cls: metric('cumulative-layout-shift'), fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'), tbt: metric('total-blocking-time') });
    const failing = Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    if (failing.length > 0) console.error(`${page}: ${failing.map((a) => a.id).join(', ')}`);
  }
} finally {
  chrome.kill();
  server.close();
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Median of ${RUNS} runs per page (by performance score)`);
console.log(['page', 'perf', 'a11y', 'best practices', 'SEO', 'CLS', 'FCP', 'LCP', 'TBT'].join('\t'));
for (const r of rows) console.log([r.page, ...CATEGORIES.map((c) => r.scores[c]), r.cls.toFixed(3), seconds(r.fcp), seconds(r.lcp), `${Math.round(r.tbt)} ms`].join('\t'));

const misses = rows.flatMap((r) => [
  ...CATEGORIES.filter((c) => r.scores[c] < TARGETS[c]).map((c) => `${r.page}: ${c} ${r.scores[c]} < ${TARGETS[c]}`),
  ...(r.cls > 0 ? [`${r.page}: CLS ${r.cls} > 0`] : []),
]);
if (misses.length > 0) {
  console.error(`\nBelow target:\n${misses.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages meet the targets: performance ≥ 98, accessibility, best practices and SEO 100, CLS 0.`);
