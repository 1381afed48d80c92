import { concreteColours, type ImagePalette } from '../export/image-palette.ts';
import { type GlyphOutlines, OUTLINE_NAMESPACES, OutlinedText } from '../outline/glyph-outlines.ts';
import { wrapText } from '../text/wrap-text.ts';

/** What a page's social card shows. */
export interface CardText {
  /** The report's title, across the top. */
  report: string;
  /** Publisher, before the report's title. */
  publisher: string;
  /** Chapter number ("01"), or none for the cover, 前言 and 摘要. */
  chapter?: string | undefined;
  title: string;
  summary: string;
}

export const CARD = { width: 1200, height: 630 } as const;
const LEFT = 88;
const MEASURE = CARD.width - LEFT * 2;

/** At most `max` lines, measured in the font they are drawn in, the last cut with an ellipsis when the text runs on. */
function lines(text: string, size: number, bold: boolean, max: number, outlines: GlyphOutlines): string[] {
  const all = wrapText(text, MEASURE, size, (t, z) => outlines.width(t, z, bold));
  if (all.length <= max) return all;
  const kept = all.slice(0, max);
  kept[max - 1] = `${[...kept[max - 1]!].slice(0, -1).join('')}…`;
  return kept;
}

/**
 * The 1200×630 Open Graph card of a page as SVG, its text drawn as glyph outlines (so it renders the
 * same on any machine), one group a line, in the site's light palette: cards are seen on white and dark
 * feeds alike.
 */
export function cardSvg(text: CardText, outlines: GlyphOutlines, palette: ImagePalette): string {
  const outlined = new OutlinedText(outlines);
  const shapes: string[] = [];
  const draw = (line: string, y: number, size: number, bold: boolean, fill: string) =>
    shapes.push(`<g fill="${fill}">${outlined.line(line, LEFT, y, size, { bold })}</g>`);

  draw(`${text.publisher} · ${text.report}`, 112, 30, false, 'var(--chart-1)');
  let y = 220;
  if (text.chapter) {
    draw(text.chapter, y + 60, 96, true, 'var(--chart-1)');
    y += 130;
  }
  for (const line of lines(text.title, 60, true, 2, outlines)) {
    draw(line, y + 48, 60, true, 'currentColor');
    y += 78;
  }
  y += 16;
  for (const line of lines(text.summary, 32, false, text.chapter ? 2 : 3, outlines)) {
    draw(line, y + 28, 32, false, 'var(--chart-6)');
    y += 46;
  }
  const svg = `<svg ${OUTLINE_NAMESPACES} width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
<rect width="100%" height="100%" fill="var(--sl-color-bg)"/><rect width="24" height="100%" fill="var(--chart-1)"/><rect x="${LEFT}" y="150" width="120" height="6" fill="var(--chart-1)"/>
${outlined.defs()}
${shapes.join('\n')}
</svg>`;
  return concreteColours(svg, palette, `${text.title}（社交卡片）`);
}
