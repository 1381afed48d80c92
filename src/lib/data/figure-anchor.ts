/** The permalink anchor of a figure: "图1-3" → "fig-1-3". */
export function figureAnchor(figure: string): string {
  return `fig-${figure.replace(/^图/, '')}`;
}
