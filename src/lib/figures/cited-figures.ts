/** What kind of figure a component draws: a chart from a dataset, a diagram, or a timeline. */
export type FigureKind = 'chart' | 'diagram' | 'timeline';

const COMPONENT_KIND: Record<string, FigureKind> = { Figure: 'chart', Diagram: 'diagram', Timeline: 'timeline' };

/** The figures an MDX page shows (`<Figure id>`, `<Diagram id>`, `<Timeline id>`), in order of appearance. */
export function citedFigures(mdx: string): { kind: FigureKind; id: string }[] {
  return [...mdx.matchAll(/<(Figure|Diagram|Timeline)\s+id="([^"]+)"/g)].map((m) => ({ kind: COMPONENT_KIND[m[1]!]!, id: m[2]! }));
}
