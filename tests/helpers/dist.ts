import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { PRINT_EDITION } from '../../src/lib/site/print-edition.ts';

/** The built site; `npm test` runs `astro build` before vitest. */
export const DIST = join(import.meta.dirname, '../../dist');

export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
}

/** Every built HTML page as a path relative to dist/, e.g. "macro/index.html". */
export function htmlPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? (e.name === 'pagefind' ? [] : walk(join(dir, e.name))) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
    );
  return walk(DIST).map((f) => relative(DIST, f)).sort();
}

/** The print edition's page, which repeats every chapter. */
export const PRINT_PAGE = `${PRINT_EDITION.id}/index.html`;

/** A figure's own page or its embed page (/figures/<anchor>/, /embed/<anchor>/), which repeat a chapter's figure. */
export const isFigureCopy = (page: string): boolean => /^(figures|embed)\/[^/]+\/index\.html$/.test(page);

/** Every built page but the print edition and the figures' own and embed pages: each figure and diagram is on exactly one of these. */
export function readingPages(): string[] {
  return htmlPages().filter((page) => page !== PRINT_PAGE && !isFigureCopy(page));
}

/**
 * The pages a check of every page opens in a browser: all but the figures' own and embed pages, of which it
 * takes the first of each kind (chart, diagram, timeline). The 70 of them are one template each, filled
 * with a figure every chapter page already shows; opening them all would double the browser tests' time.
 */
export function browserPages(): string[] {
  const copies = htmlPages().filter(isFigureCopy);
  const sample = ['figures', 'embed'].flatMap((dir) =>
    ['fig-', 'diagram-', 'timeline-'].map((kind) => copies.find((page) => page.startsWith(`${dir}/${kind}`))!),
  );
  return htmlPages().filter((page) => !isFigureCopy(page) || sample.includes(page));
}

export function readPage(page: string): Document {
  return parseHTML(readFileSync(join(DIST, page), 'utf8')).document as unknown as Document;
}

/** A page's URL path: "macro/index.html" → "/macro/". */
export function urlPath(page: string): string {
  return `/${page.replace(/index\.html$/, '')}`;
}
