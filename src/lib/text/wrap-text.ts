import { textWidth } from './text-width.ts';

const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const CLOSING = /^[、，。；：！？）》」』”’]/;

/**
 * Breaks a label into lines no wider than `maxWidth` px, at word boundaries as
 * Intl.Segmenter finds them in Chinese (Plot itself breaks only at spaces).
 * A single word wider than a line is broken between characters. Closing punctuation (、，。）”…) never
 * starts a line (clreq): it hangs at the end of the line before.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const { segment } of segmenter.segment(text)) {
    for (const piece of fitPieces(segment, maxWidth, fontSize)) {
      if (line !== '' && !CLOSING.test(piece) && textWidth(line + piece, fontSize) > maxWidth) {
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
function fitPieces(segment: string, maxWidth: number, fontSize: number): string[] {
  return textWidth(segment, fontSize) <= maxWidth ? [segment] : [...segment];
}
