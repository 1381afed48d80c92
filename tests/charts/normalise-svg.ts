/**
 * Makes SVG output comparable across runs and platforms: numbers in attributes
 * (coordinates) rounded to one decimal against float noise, text left as drawn,
 * one element per line so a diff points at the mark.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/="[^"]*"/g, (attr) => attr.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)))
    .replace(/></g, '>\n<');
}
