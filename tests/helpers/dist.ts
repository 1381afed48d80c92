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

/** Every built page but the print edition: each figure and diagram is on exactly one of these. */
export function readingPages(): string[] {
  return htmlPages().filter((page) => page !== PRINT_PAGE);
}

export function readPage(page: string): Document {
  return parseHTML(readFileSync(join(DIST, page), 'utf8')).document as unknown as Document;
}

/** A page's URL path: "macro/index.html" → "/macro/". */
export function urlPath(page: string): string {
  return `/${page.replace(/index\.html$/, '')}`;
}
