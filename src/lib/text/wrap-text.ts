import { textWidth } from './text-width.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const CLOSING = /^[、，。；：！？）》」』”’]/;

/**
 * Breaks a label into lines no wider than `maxWidth` px, at word boundaries as
 * Intl.Segmenter finds them in Chinese (Plot itself breaks only at spaces).
 * A single word wider than a line is broken between characters. Closing punctuation (、，。）”…) never
 * starts a line (clreq): it hangs at the end of the line before. Widths are estimated for the system fonts
 * of the page unless `measure` gives the width of the font the text is drawn in (e.g. glyph outlines).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, measure: (text: string, fontSize: number) => number = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment } of segmenter.segment(text)) {
    for (const piece of fitPieces(segment, maxWidth, fontSize, measure)) {
      if (line !== '' && !CLOSING.test(piece) && measure(line + piece, fontSize) > maxWidth) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else {
        line += piece;
      }
    }
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** A segment as is, or cut into characters when it alone overflows a line. */
function fitPieces(segment: string, maxWidth: number, fontSize: number, measure: (text: string, fontSize: number) => number): string[] {
  return measure(segment, fontSize) <= maxWidth ? [segment] : [...segment];
}
