import { ANCHOR_AT_LINE_END } from '../text/heading-anchor.ts';

/** What kind of figure a component draws: a chart from a dataset, a diagram, or a timeline. */
export type FigureKind = 'chart' | 'diagram' | 'timeline';

/** A chapter section: its heading's anchor (`## 标题 {/* #economy *\/}`) and text. */
export interface SectionHeading {
  anchor: string;
  title: string;
}

const COMPONENT_KIND: Record<string, FigureKind> = { Figure: 'chart', Diagram: 'diagram', Timeline: 'timeline' };

// A section heading (with its stable anchor, src/plugins/remark-heading-anchors.ts) or a figure component.
const HEADING_OR_FIGURE = new RegExp(String.raw`^## (.+?)${ANCHOR_AT_LINE_END}|<(Figure|Diagram|Timeline)\s+id="([^"]+)"`, 'gm');

/**
 * The figures an MDX page shows (`<Figure id>`, `<Diagram id>`, `<Timeline id>`), in order of appearance,
 * each with the section (level-2 heading) it stands in; none before the first heading.
 */
export function citedFigures(mdx: string): { kind: FigureKind; id: string; section: SectionHeading | undefined }[] {
  let section: SectionHeading | undefined;
  const figures: { kind: FigureKind; id: string; section: SectionHeading | undefined }[] = [];
  for (const m of mdx.matchAll(HEADING_OR_FIGURE)) {
    if (m[2]) section = { anchor: m[2], title: m[1]! };
    else figures.push({ kind: COMPONENT_KIND[m[3]!]!, id: m[4]!, section });
  }
  return figures;
}
