#!/usr/bin/env node
// Prints, per built page, the gzip bytes of its HTML and of the CSS and JavaScript a first visit
// loads (scripts and their static imports; Pagefind's search code loads on first use and is not
// counted), and fails when a page is over budget. Run after `npm run build`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { baseRoot } from '../src/lib/site/with-base.ts';

const DIST = join(import.meta.dirname, '..', 'dist');
const BUDGET = { js: 25 * 1024, css: 20 * 1024 };
// Literals that survive minification: Plot's class-name prefix, d3-format's and d3-scale's messages.
const CHART_LIBRARY = [/plot-d6a7b5/, /invalid format: /, /\bscaleLinear\b|d3-scale/];
const base = baseRoot(process.env.BASE_PATH ?? '/');

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const toFile = (url) => join(DIST, url.replace(base, '/').split(/[?#]/)[0]);

function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'pagefind' ? [] : pages(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}

/** A module and every module it imports statically (dynamic import() is loaded on use). */
function moduleGraph(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    if (spec.startsWith('.')) moduleGraph(join(dirname(file), spec), seen);
  }
  return seen;
}

const rows = [];
for (const page of pages(DIST)) {
  const html = readFileSync(page, 'utf8');
  const css = new Set([...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => toFile(m[1])));
  const js = new Set();
  for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(toFile(src), js);
  const inlineJs = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('');
  const sum = (files) => [...files].filter(existsSync).reduce((t, f) => t + gz(f), 0);
  const row = {
    page: `/${relative(DIST, page)}`.replace(/index\.html$/, ''),
    html: gzipSync(html, { level: 9 }).length,
    css: sum(css),
    js: sum(js) + (inlineJs ? gzipSync(inlineJs).length : 0),
  };
  row.total = row.html + row.css + row.js;
  row.chartLibrary = [...js].filter((f) => existsSync(f) && CHART_LIBRARY.some((p) => p.test(readFileSync(f, 'utf8'))));
  rows.push(row);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(['page', 'HTML', 'CSS', 'JS', 'first visit'].join('\t'));
for (const r of rows.sort((a, b) => a.page.localeCompare(b.page))) {
  console.log([r.page, kb(r.html), kb(r.css), kb(r.js), kb(r.total)].join('\t'));
}
const over = rows.flatMap((r) => [
  ...(r.js > BUDGET.js ? [`${r.page}: JS ${kb(r.js)} > ${kb(BUDGET.js)}`] : []),
  ...(r.css > BUDGET.css ? [`${r.page}: CSS ${kb(r.css)} > ${kb(BUDGET.css)}`] : []),
  ...r.chartLibrary.map((f) => `${r.page}: ${relative(DIST, f)} ships chart library code; charts are drawn at build time`),
]);
if (over.length > 0) {
  console.error(`\nOver budget (gzip):\n${over.join('\n')}`);
  process.exit(1);
}
console.log(`\nAll ${rows.length} pages within budget: JS ≤ ${kb(BUDGET.js)}, CSS ≤ ${kb(BUDGET.css)} gzip on first load, no chart library.`);
