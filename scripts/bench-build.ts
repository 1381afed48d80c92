// Builds the real edition and a synthetic one N times its size (every chapter and dataset copied
// N−1 times under new slugs, chapter and figure numbers), and prints build time, Pagefind indexing
// time and peak memory of each, and how the cost grows per page. `npm run bench:build [-- N]`.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../tests/helpers/build-env.ts';
import { copySite } from '../tests/helpers/site-copy.ts';
import { laidOutMs } from '../src/lib/export/figure-image-files.ts';

const ROOT = join(import.meta.dirname, '..');
const SCALE = Number(process.argv[2] ?? 10);
// Inside the project, so the copies resolve packages from its node_modules (Vite rejects a symlinked one).
const WORK = join(ROOT, '.bench');

/** A copy of the project to build. */
function project(name: string): string {
  const dir = join(WORK, name);
  rmSync(dir, { recursive: true, force: true });
  return copySite(dir);
}

/**
 * Adds copies 1…scale−1 of every chapter page, dataset, diagram and timeline; copy c of chapter n becomes
 * chapter n + 5c, ordered right after it (order n + c/scale), so copies stay among the report's chapters,
 * below the appendices' orders (lib/site/report-text), and their figures are the report's figures, each
 * with its own id (a figure's id names its pages, images and citation files).
 */
function multiply(dir: string, scale: number): void {
  const docs = join(dir, 'src/content/docs');
  const datasets = join(dir, 'src/content/datasets');
  const ids = readdirSync(datasets).map((f) => f.replace(/\.json$/, ''));
  const drawn = ['diagrams', 'events'].map((name) => join(dir, 'src/content', name));
  const drawnIds = drawn.flatMap((folder) => readdirSync(folder).map((f) => f.replace(/\.json$/, '')));
  const renumber = (n: number, copy: number) => n + 5 * copy;
  for (let copy = 1; copy < scale; copy++) {
    for (const id of ids) {
      const data = JSON.parse(readFileSync(join(datasets, `${id}.json`), 'utf8'));
      data.figure = data.figure.replace(/^图(\d+)-/, (_: string, n: string) => `图${renumber(Number(n), copy)}-`);
      writeFileSync(join(datasets, `${id}--${copy}.json`), JSON.stringify(data));
    }
    for (const folder of drawn) {
      for (const file of readdirSync(folder).filter((f) => !f.includes('--'))) {
        writeFileSync(join(folder, file.replace(/\.json$/, `--${copy}.json`)), readFileSync(join(folder, file)));
      }
    }
    for (const file of readdirSync(docs).filter((f) => f.endsWith('.mdx') && !['index.mdx', 'figures.mdx', 'data.mdx'].includes(f) && !f.includes('--'))) {
      const page = readFileSync(join(docs, file), 'utf8')
        .replace(/^title: (.+)$/m, `title: $1（合成副本${copy}）`)
        .replace(/^chapter: '(\d+)'$/m, (_, n: string) => `chapter: '${String(renumber(Number(n), copy)).padStart(2, '0')}'`)
        .replace(/^(\s+order: )(\d+)$/m, (_, key: string, n: string) => `${key}${Number(n) + copy / scale}`)
        .replace(/\bid="([^"]+)"/g, (whole, id: string) => (ids.includes(id) || drawnIds.includes(id) ? `id="${id}--${copy}"` : whole));
      writeFileSync(join(docs, file.replace(/\.mdx$/, `--${copy}.mdx`)), page);
    }
  }
  // Each copy's sections are slides too (lib/source/original-pages.ts places them): the source text again
  // per copy, its chapter dividers renumbered as the copy's chapters are, without the page footers.
  const source = join(dir, 'source/report-2025.txt');
  const text = readFileSync(source, 'utf8');
  const copies = Array.from({ length: scale - 1 }, (_, i) =>
    text
      .split('\n')
      .filter((line) => !/©\d{4}\.\d+ iResearch Inc\./.test(line))
      .map((line) => line.replace(/^(\d{2})$/, (_, n: string) => String(renumber(Number(n), i + 1)).padStart(2, '0')))
      .join('\n'),
  );
  writeFileSync(source, [text, ...copies].join('\n'));
}

/** Total resident memory of a process and all its descendants, from /proc (Linux). */
function treeRss(pid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while being read.
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [child, parent] of parents) if (tree.has(parent) && !tree.has(child)) grew = tree.add(child).size > 0;
  }
  let pages = 0;
  for (const p of tree) {
    try {
      pages += Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]);
    } catch {
      // Gone already.
    }
  }
  return pages * 4096;
}

/**
 * The routes that make what a reader takes a figure away with: its own page and images (/figures/<anchor>/),
 * its embed page and its citation files. Not the 图表目录 (/figures/), which was there before them.
 */
const EXPORT_ROUTE = /^\/(?:figures\/[^/]+\/|embed\/|cite\/)/;

/**
 * Seconds the exports take on the main thread: Astro's "├─ /route (+12ms)" lines for their routes, and the
 * images' layout, which runs before the first route (its own log line).
 */
function exportSeconds(log: string): number {
  let ms = laidOutMs(log);
  for (const [, route, n, unit] of log.replace(/\x1b\[[0-9;]*m/g, '').matchAll(/[├└]─ (\S+) \(\+([\d.]+)(m?s)\)/g)) {
    if (EXPORT_ROUTE.test(route!)) ms += Number(n) * (unit === 's' ? 1000 : 1);
  }
  return ms / 1000;
}

async function build(dir: string): Promise<{ pages: number; seconds: number; exportSeconds: number; indexSeconds: number; peakMb: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: dir, env: buildEnv() });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`build in ${dir} failed:\n${log.slice(-3000)}`);
  const index = log.match(/Finished building search index in ([\d.]+)(m?s)/);
  return {
    pages: Number(log.match(/(\d+) page\(s\) built/)?.[1] ?? NaN),
    seconds: (performance.now() - started) / 1000,
    exportSeconds: exportSeconds(log),
    indexSeconds: index ? Number(index[1]) / (index[2] === 'ms' ? 1000 : 1) : NaN,
    peakMb: peak / 2 ** 20,
  };
}

const real = project('real');
const synthetic = project(`x${SCALE}`);
multiply(synthetic, SCALE);
const results = [
  { edition: 'real', ...(await build(real)) },
  { edition: `synthetic ×${SCALE}`, ...(await build(synthetic)) },
];
rmSync(WORK, { recursive: true, force: true });

// "exports": figure pages, images, embeds and citation files; "+%" is what they add to the rest of the build.
console.log(['edition', 'pages', 'build', 'exports', '+%', 'index', 'peak memory', 'build per page'].join('\t'));
for (const r of results) {
  const added = (100 * r.exportSeconds) / (r.seconds - r.exportSeconds);
  console.log(
    [r.edition, r.pages, `${r.seconds.toFixed(1)} s`, `${r.exportSeconds.toFixed(1)} s`, `${added.toFixed(0)} %`, `${r.indexSeconds.toFixed(2)} s`, `${r.peakMb.toFixed(0)} MB`, `${((r.seconds / r.pages) * 1000).toFixed(0)} ms`].join('\t'),
  );
}
const [one, many] = results as [(typeof results)[0], (typeof results)[0]];
const size = many.pages / one.pages;
const growth = { build: many.seconds / one.seconds / size, index: many.indexSeconds / one.indexSeconds / size };
console.log(`\n${size.toFixed(1)}× the pages took ${(many.seconds / one.seconds).toFixed(1)}× the build time and ${(many.indexSeconds / one.indexSeconds).toFixed(1)}× the indexing time.`);
console.log(`Growth against linear (1 = linear, below 1 = better): build ${growth.build.toFixed(2)}, index ${growth.index.toFixed(2)}.`);
if (growth.build > 1.2 || growth.index > 1.2) {
  console.error('Cost grows worse than linearly with the size of the edition.');
  process.exit(1);
}
