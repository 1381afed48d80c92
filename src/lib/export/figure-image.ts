import { figureHeading } from '../figures/figure-heading.ts';
import { wrapText } from '../text/wrap-text.ts';

/**
 * An exported figure image laid out: the figure's words around its drawing, so a slide or a phone
 * picture pasted anywhere still says what it shows and where it comes from. Pure: positions only;
 * drawing them is render-figure-image.ts's.
 */

/** The raster layouts. The SVG file is the slide's layout as vectors (see FIGURE_IMAGE_FORMATS in figure-id). */
export type ImageLayoutName = 'slide' | 'phone';

/** What an image says about its figure, each as the page says it. */
export interface FigureWords {
  /** Its number ("图1-3") or kind ("时间线"); none for a diagram. */
  label: string | undefined;
  title: string;
  /** The unit its values are in, without "单位：". */
  unit: string | undefined;
  /** The chart's series, as its legend on the page shows them (colour may be a CSS variable). */
  legend: { name: string; colour: string }[];
  /** What the drawing's styles mean (浅色为预测值…), as the page says it under the chart; empty for none. */
  key: string;
  /** The 来源 line, without "来源：". */
  source: string;
  /** Its GB/T 7714 reference. */
  citation: string;
  /** The figure's own page, absolute. */
  url: string;
}

/** What an image says that its figure's data says: all but its citation. */
export type FigureParts = Omit<FigureWords, 'citation' | 'url'>;

/** Sizes of a layout, in px. */
interface Scheme {
  width: number;
  height: number;
  margin: number;
  /** The label and title's size. */
  title: number;
  unit: number;
  legend: number;
  source: number;
  small: number;
  /** Largest scale of the drawing: past it, chart text would outgrow the title. */
  maxScale: number;
}

/**
 * The slide is 1920×1080 (16:9, a full-HD slide or screen); a chart drawn for the wide column (600 px)
 * is scaled up to 2.5×, so its 12 px text is 30 px on the slide, as legible as a slide's body text.
 * The phone image is 1080×1920 (9:16, a phone screen upright, as galleries and chats show it full
 * screen); the chart drawn for the phone column (288 px) is scaled up to 3.4×, so its text is 41 px,
 * 13–14 CSS px on a phone that shows the image across its width.
 */
export const IMAGE_LAYOUTS: Record<ImageLayoutName, Scheme & { chartWidth: 'wide' | 'narrow' }> = {
  slide: { width: 1920, height: 1080, margin: 72, title: 44, unit: 28, legend: 28, source: 26, small: 22, maxScale: 2.5, chartWidth: 'wide' },
  phone: { width: 1080, height: 1920, margin: 60, title: 52, unit: 32, legend: 32, source: 30, small: 26, maxScale: 3.4, chartWidth: 'narrow' },
};

const LINE_HEIGHT = 1.35;
/** Room between the header, the drawing and the footer. */
const GAP = 32;
/** The page's colours, as the light theme gives them (made concrete by renderFigureImage): accent, text, muted text. */
export const IMAGE_COLOURS = { background: 'var(--sl-color-bg)', label: 'var(--chart-1)', title: 'currentColor', muted: 'var(--chart-6)', url: 'var(--chart-1)' } as const;

/** What a line of text is, for tests and for whoever reads the layout. */
export type LineRole = 'label' | 'title' | 'unit' | 'legend' | 'key' | 'source' | 'citation' | 'url';

/** A line of text: its baseline at y. */
export interface ImageLine {
  role: LineRole;
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
  fill: string;
  /** Its advance width, measured in the font it is drawn in. */
  width: number;
}

/** The citation up to its URL, and the URL with what follows it (GB/T 7714 ends a reference with "."). */
function splitCitation({ citation, url }: FigureWords): { before: string; url: string } {
  const at = citation.lastIndexOf(url);
  if (at < 0) throw new Error(`${citation}：引用中没有图表的网址 ${url}`);
  return { before: citation.slice(0, at).trimEnd(), url: citation.slice(at) };
}

export interface ImageLayout {
  width: number;
  height: number;
  lines: ImageLine[];
  /** Legend swatches, squares. */
  swatches: { x: number; y: number; size: number; fill: string }[];
  /** Where the drawing goes: its top left corner and scale. */
  drawing: { x: number; y: number; width: number; height: number; scale: number };
  /** The header's bottom and the footer's top, in px: the drawing lies between. */
  bands: { headerBottom: number; footerTop: number };
}

/** Width of a text in the font it is drawn in, in px. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/**
 * Lays out a figure's image: header (label and title, wrapped; unit; legend), the drawing scaled into
 * the room left (no larger than maxScale, centred), footer (来源, key, citation, URL; wrapped) at the
 * bottom. `drawing` is the size of the chart's panels stacked, at the width drawn. Throws, naming the
 * figure, when its words leave no room for the drawing.
 */
export function layoutFigureImage(words: FigureWords, drawing: { width: number; height: number }, name: ImageLayoutName, measure: Measure): ImageLayout {
  const s = IMAGE_LAYOUTS[name];
  const measureWidth = s.width - 2 * s.margin;
  const lines: ImageLine[] = [];
  const swatches: ImageLayout['swatches'] = [];
  // One em short of the measure: closing punctuation hangs past a line's end (wrapText), and stays inside the margin.
  const wrap = (text: string, size: number, bold: boolean) => wrapText(text, measureWidth - size, size, (t, z) => measure(t, z, bold));
  const line = (role: LineRole, text: string, x: number, y: number, size: number, bold: boolean, fill: string) =>
    lines.push({ role, text, x, y, size, bold, fill, width: measure(text, size, bold) });

  // Header, top down: the label leads the title's first line, in the accent colour, set off as the page sets it (figureHeading).
  let y = s.margin;
  const heading = figureHeading(words);
  const lead = heading.slice(0, heading.length - words.title.length);
  wrap(heading, s.title, true).forEach((text, i) => {
    const baseline = y + s.title;
    if (i === 0 && words.label && text.startsWith(lead)) {
      line('label', lead.trimEnd(), s.margin, baseline, s.title, true, IMAGE_COLOURS.label);
      line('title', text.slice(lead.length), s.margin + measure(lead, s.title, true), baseline, s.title, true, IMAGE_COLOURS.title);
    } else {
      line('title', text, s.margin, baseline, s.title, true, IMAGE_COLOURS.title);
    }
    y += s.title * LINE_HEIGHT;
  });
  if (words.unit) {
    line('unit', `单位：${words.unit}`, s.margin, y + s.unit, s.unit, false, IMAGE_COLOURS.muted);
    y += s.unit * LINE_HEIGHT;
  }
  // The legend flows like words: a swatch and its name, wrapping to a new row when the next would overflow.
  if (words.legend.length > 0) {
    let x = s.margin;
    const box = s.legend * 0.8;
    const row = () => y + s.legend;
    for (const { name: series, colour } of words.legend) {
      const itemWidth = box + s.legend * 0.3 + measure(series, s.legend, false);
      if (x > s.margin && x + itemWidth > s.width - s.margin) {
        x = s.margin;
        y += s.legend * LINE_HEIGHT;
      }
      swatches.push({ x, y: row() - box * 0.95, size: box, fill: colour });
      line('legend', series, x + box + s.legend * 0.3, row(), s.legend, false, IMAGE_COLOURS.title);
      x += itemWidth + s.legend;
    }
    y += s.legend * LINE_HEIGHT;
  }
  const headerBottom = y;

  // Footer, bottom up. The citation ends with the figure's URL: that is set on a line of its own, in the
  // accent colour, so it is never broken inside and is what the eye ends on.
  const { before, url } = splitCitation(words);
  const footerLines = (role: LineRole, text: string, size: number, fill: string) => wrap(text, size, false).map((t): [LineRole, string, number, string] => [role, t, size, fill]);
  const footer = [
    ...footerLines('source', `来源：${words.source}`, s.source, IMAGE_COLOURS.title),
    ...(words.key ? footerLines('key', words.key, s.small, IMAGE_COLOURS.muted) : []),
    ...footerLines('citation', `引用：${before}`, s.small, IMAGE_COLOURS.muted),
    ...footerLines('url', url, s.small, IMAGE_COLOURS.url),
  ];
  const footerHeight = footer.reduce((h, [, , size]) => h + size * LINE_HEIGHT, 0);
  const footerTop = s.height - s.margin - footerHeight;
  let f = footerTop;
  for (const [role, text, size, fill] of footer) {
    line(role, text, s.margin, f + size, size, false, fill);
    f += size * LINE_HEIGHT;
  }

  const room = { width: measureWidth, height: footerTop - headerBottom - 2 * GAP };
  if (room.height < drawing.height) {
    throw new Error(`${figureHeading(words)}：${name} 图片的标题与来源占满画面，图表只剩 ${Math.round(room.height)} px 高（需 ${drawing.height} px）`);
  }
  const scale = Math.min(room.width / drawing.width, room.height / drawing.height, s.maxScale);
  const width = drawing.width * scale;
  const height = drawing.height * scale;
  return {
    width: s.width,
    height: s.height,
    lines,
    swatches,
    drawing: { x: s.margin + (room.width - width) / 2, y: headerBottom + GAP + (room.height - height) / 2, width, height, scale },
    bands: { headerBottom, footerTop },
  };
}
