import { CHART_FONT_SIZE } from '../../lib/plot/render-svg.ts';
import { textWidth } from '../../lib/text/text-width.ts';
import { wrapText } from '../../lib/text/wrap-text.ts';

/**
 * Wraps category labels to at most `maxWidth` px and returns the tick format
 * (lines joined by "\n", which Plot draws as separate lines) and the margin
 * the widest line needs, so Chinese labels neither overflow nor get clipped.
 */
export function categoryLabels(labels: string[], maxWidth: number) {
  const wrapped = new Map(labels.map((l) => [l, wrapText(l, maxWidth, CHART_FONT_SIZE)]));
  const widest = Math.max(...[...wrapped.values()].flat().map((line) => textWidth(line, CHART_FONT_SIZE)));
  const lines = Math.max(...[...wrapped.values()].map((w) => w.length));
  return {
    tickFormat: (label: string) => (wrapped.get(label) ?? [label]).join('\n'),
    margin: Math.ceil(widest) + 14,
    lines,
  };
}
