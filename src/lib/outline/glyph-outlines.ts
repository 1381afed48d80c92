import type opentype from 'opentype.js';
import { notoSansSc } from './noto-sans-sc.ts';

/** One character's outline: path data in ems (y down, baseline at 0) and its advance in ems. */
interface Glyph {
  id: string;
  /** Path data at 1000 units to the em; empty for a space. */
  d: string;
  advance: number;
}

const UNITS = 1000;

/**
 * Every glyph drawn in one build, read from the font once: an image or card that draws a character
 * again reuses its outline (outlining is most of what drawing text costs).
 */
export class GlyphOutlines {
  readonly #fonts: Record<'regular' | 'bold', (char: string) => opentype.Font>;
  readonly #glyphs = new Map<string, Glyph>();

  constructor(fonts = { regular: notoSansSc(400), bold: notoSansSc(700) }) {
    this.#fonts = fonts;
  }

  glyph(char: string, bold: boolean): Glyph {
    const key = `${bold ? 'b' : 'r'}${char}`;
    let glyph = this.#glyphs.get(key);
    if (!glyph) {
      const font = (bold ? this.#fonts.bold : this.#fonts.regular)(char);
      const g = font.charToGlyph(char);
      glyph = {
        id: `${bold ? 'b' : 'r'}${char.codePointAt(0)!.toString(16)}`,
        d: pathData(g.getPath(0, 0, UNITS)),
        advance: (g.advanceWidth ?? font.unitsPerEm) / font.unitsPerEm,
      };
      this.#glyphs.set(key, glyph);
    }
    return glyph;
  }

  /** The advance width of a line of text, in px. */
  width(text: string, size: number, bold = false): number {
    let ems = 0;
    for (const char of text) ems += this.glyph(char, bold).advance;
    return ems * size;
  }
}

/** The build's glyphs: figure images and social cards draw from one cache. */
export const buildOutlines = new GlyphOutlines();

export type TextAnchor = 'start' | 'middle' | 'end';

/**
 * Text drawn as glyph outlines into one SVG document, so it renders the same wherever it is opened,
 * with no font. Each glyph is defined once (<defs>) and placed with <use>: a chart repeats its digits
 * and characters many times.
 */
export class OutlinedText {
  readonly #outlines: GlyphOutlines;
  readonly #used = new Map<string, string>();

  constructor(outlines: GlyphOutlines) {
    this.#outlines = outlines;
  }

  /** A line of text as <use> elements, its baseline at y, placed at x by its anchor. */
  line(text: string, x: number, y: number, size: number, { bold = false, anchor = 'start' }: { bold?: boolean; anchor?: TextAnchor } = {}): string {
    const width = this.#outlines.width(text, size, bold);
    let pen = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
    const uses: string[] = [];
    const scale = round(size / UNITS, 5);
    for (const char of text) {
      const glyph = this.#outlines.glyph(char, bold);
      if (glyph.d) {
        this.#used.set(glyph.id, glyph.d);
        uses.push(`<use xlink:href="#${glyph.id}" transform="translate(${round(pen, 2)} ${round(y, 2)}) scale(${scale})"/>`);
      }
      pen += glyph.advance * size;
    }
    return uses.join('');
  }

  /** The <defs> of every glyph placed so far: goes once into the document. */
  defs(): string {
    return `<defs>${[...this.#used].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
  }
}

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * A glyph's path data in whole font units, numbers always separated: opentype.js's toPathData(0) runs
 * some together ("722 0" came out "7220", breaking the glyph's shape).
 */
function pathData(path: opentype.Path): string {
  const n = (v: number) => String(Math.round(v) || 0);
  return path.commands
    .map((c) => {
      if (c.type === 'Z') return 'Z';
      if (c.type === 'Q') return `Q${n(c.x1)} ${n(c.y1)} ${n(c.x)} ${n(c.y)}`;
      if (c.type === 'C') return `C${n(c.x1)} ${n(c.y1)} ${n(c.x2)} ${n(c.y2)} ${n(c.x)} ${n(c.y)}`;
      return `${c.type}${n(c.x)} ${n(c.y)}`;
    })
    .join('');
}

/** The namespaces a document with outlined text declares on its root (<use> links with xlink:href, which older editors need). */
export const OUTLINE_NAMESPACES = 'xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"';
