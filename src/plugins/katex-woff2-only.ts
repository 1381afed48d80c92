import type { Plugin } from 'vite';

// Every browser that runs this site reads WOFF2. KaTeX's stylesheet also lists WOFF and TrueType
// fallbacks for each of its 20 faces; once Vite hashes them, those 40 extra URLs cost more gzip
// bytes than the rest of the stylesheet, on the one page that draws a formula.
const FALLBACK_SOURCES = /,\s*url\([^)]+\.(?:woff|ttf)\)\s*format\(["'](?:woff|truetype)["']\)/g;

/** Drops KaTeX's WOFF and TrueType font fallbacks, keeping WOFF2. */
export function katexWoff2Only(): Plugin {
  return {
    name: 'katex-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/katex(\.min)?\.css(\?|$)/.test(id)) return;
      return { code: code.replace(FALLBACK_SOURCES, ''), map: null };
    },
  };
}
