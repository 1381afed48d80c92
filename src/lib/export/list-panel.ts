import type { OutlinedText } from '../outline/glyph-outlines.ts';
import { CHART_FONT_SIZE } from '../plot/render-svg.ts';
import { wrapText } from '../text/wrap-text.ts';
import type { OutlinedPanel } from './outline-chart-svg.ts';

/** One numbered item of a list drawn under a drawing: its marker ("3"), its text and its sub-points. */
export interface ListItem {
  marker: string;
  text: string;
  details: string[];
}

const LINE = CHART_FONT_SIZE * 1.5;
const ITEM_GAP = 4;

/**
 * A numbered list as a panel `width` px wide, its text as outlines at the chart's text size (so it
 * scales with the drawing it belongs to): a timeline's events, numbered as its bars are. Text wraps
 * under itself, after the widest marker; sub-points under it, bulleted.
 */
export function listPanel(items: ListItem[], width: number, text: OutlinedText, measure: (text: string, size: number, bold: boolean) => number): OutlinedPanel {
  const size = CHART_FONT_SIZE;
  const indent = Math.max(...items.map((i) => measure(i.marker, size, true))) + size * 0.6;
  const wrap = (words: string, room: number) => wrapText(words, room - size, size, (t, z) => measure(t, z, false));
  const parts: string[] = [];
  let y = LINE / 2;
  for (const item of items) {
    parts.push(text.line(item.marker, indent - size * 0.6, y + size, size, { bold: true, anchor: 'end' }));
    for (const line of wrap(item.text, width - indent)) {
      parts.push(text.line(line, indent, y + size, size));
      y += LINE;
    }
    for (const detail of item.details) {
      wrap(detail, width - indent - size).forEach((line, i) => {
        parts.push(text.line(i === 0 ? `· ${line}` : line, indent + (i === 0 ? 0 : measure('· ', size, false)), y + size, size));
        y += LINE;
      });
    }
    y += ITEM_GAP;
  }
  const height = Math.ceil(y + size * 0.5);
  return { svg: `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" fill="currentColor">${parts.join('')}</svg>`, width, height };
}
