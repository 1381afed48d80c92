import { PRINT_EDITION } from '../site/print-edition.ts';
import { baseRoot } from '../site/with-base.ts';

// Not for reading: host and crawler files, social cards (fetched by other sites, not by readers), the
// embed pages (read inside other sites' frames, with their own network), the
// search UI bundles Pagefind writes beside its index, which the site's own search does not load, and
// figure images (files to download for slides and phones, two thirds of the site's bytes; no page shows
// them), and the citation files (/cite/), for reference managers rather than for reading.
// The print edition's PDF (several MB, for those who ask for it) is written after the build, so a later
// `npm run pdf` in the same dist/ does not change what the worker lists. Whatever a page does fetch later
// (the PDF too) is cached on first use anyway.
const NOT_PRECACHED = [
  /^_headers$/,
  /^sw\.js$/,
  /^robots\.txt$/,
  /^sitemap.*\.xml$/,
  /^og\//,
  /^cite\//,
  /^embed\//,
  /^pagefind\/pagefind-(component-|modular-)?ui\./,
  /^pagefind\/pagefind-highlight\.js$/,
  /^figures\/[^/]+\/[^/]+\.(png|svg)$/,
];

/**
 * The URLs a first visit stores for offline reading, from the files of dist/ (paths relative to it,
 * "/" separated): every page by its directory URL, every asset, data download and search index file.
 */
export function precacheUrls(files: readonly string[], base: string): string[] {
  const root = baseRoot(base);
  return files
    .filter((f) => f !== PRINT_EDITION.pdf && !NOT_PRECACHED.some((pattern) => pattern.test(f)))
    .map((f) => root + f.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
