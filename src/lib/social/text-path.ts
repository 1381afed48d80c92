import type opentype from 'opentype.js';

/**
 * A line of text as SVG path data, each character drawn from the font slice that holds it, so
 * the card needs no font where it is displayed. Returns the path and its advance width in px.
 */
export function textPath(text: string, x: number, baseline: number, size: number, fontFor: (char: string) => opentype.Font): { d: string; width: number } {
  let pen = x;
  const parts: string[] = [];
  for (const char of text) {
    const font = fontFor(char);
    const glyph = font.charToGlyph(char);
    parts.push(glyph.getPath(pen, baseline, size).toPathData(1));
    pen += ((glyph.advanceWidth ?? font.unitsPerEm) * size) / font.unitsPerEm;
  }
  return { d: parts.filter(Boolean).join(''), width: pen - x };
}
