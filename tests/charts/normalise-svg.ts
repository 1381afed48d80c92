/**
 * Makes SVG output comparable across runs and platforms: numbers in attributes
 * (coordinates) rounded to one decimal against float noise, but scale factors to
 * three significant digits (a glyph's is about 0.01, which one decimal would make 0
 * and so hide a change of type size); text left as drawn; one element per line so
 * a diff points at the mark.
 */
export function normaliseSvg(svg: string): string {
  const round = (n: string) => String(Math.round(Number(n) * 10) / 10);
  return svg
    .replace(/="[^"]*"/g, (attr) =>
      attr
        .split(/(scale\([^)]*\))/)
        .map((part) => (part.startsWith('scale(') ? part.replace(/-?\d+\.\d+/g, (n) => String(Number(Number(n).toPrecision(3)))) : part.replace(/-?\d+\.\d+/g, round)))
        .join(''),
    )
    .replace(/></g, '>\n<');
}
