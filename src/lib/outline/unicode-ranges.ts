/** One file of a font split by unicode-range, and the code points it holds. */
export interface FontSlice {
  /** The file's path as the stylesheet gives it, e.g. "./files/noto-sans-sc-4-700-normal.woff". */
  file: string;
  /** Inclusive code point ranges. */
  ranges: [number, number][];
}

/**
 * Reads a Fontsource-style stylesheet (one @font-face per slice) into slices, taking each face's
 * source in `format` ("woff": opentype.js reads WOFF but not WOFF2).
 */
export function parseUnicodeRanges(css: string, format: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, body]) => {
    const file = body!.match(new RegExp(`url\\(([^)]+)\\)\\s*format\\(['"]${format}['"]\\)`))?.[1];
    const range = body!.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!file || !range) return [];
    const ranges = range.split(',').map((r): [number, number] => {
      const [lo, hi = lo] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo!, 16), parseInt(hi!, 16)];
    });
    return [{ file, ranges }];
  });
}
