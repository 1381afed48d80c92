/** Chart colours are CSS variables (styles/tokens.css), so light and dark themes restyle the inline SVG. */
export function seriesColor(index: number): string {
  return `var(--chart-${(index % 6) + 1})`;
}
