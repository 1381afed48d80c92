/**
 * Makes SVG output comparable across runs and platforms: numbers rounded to one
 * decimal (float noise), one element per line so a diff points at the mark.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/></g, '>\n<');
}
