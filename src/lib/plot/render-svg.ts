import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** Font size of all chart text, in px; label widths are estimated at this size. */
export const CHART_FONT_SIZE = 12;

/**
 * Renders Plot options to an SVG string at build time and makes the output fit
 * for readers: each mark that carries a tip (Plot's `title` channel) becomes a
 * keyboard-reachable `role="img"` element labelled with that tip, and Plot's
 * `<g aria-label>` wrappers get the `role="group"` that axe requires.
 * `tabStop: false` for the lower panels of a multi-panel chart.
 */
export function renderSvg(options: Plot.PlotOptions, label: string, { tabStop = true } = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;

  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', label);
  // Typography and colours come from the page's CSS (light and dark themes).
  svg.removeAttribute('class');
  svg.removeAttribute('font-family');
  svg.setAttribute('font-size', String(CHART_FONT_SIZE));
  svg.querySelector('style')?.remove();
  // Plot writes tabular figures as an SVG font-variant attribute, which SVG does not allow that value for
  // (a Nu Html Checker error); the page's CSS sets them for all chart text.
  for (const element of svg.querySelectorAll('[font-variant]')) element.removeAttribute('font-variant');
  for (const group of svg.querySelectorAll('g[aria-label]')) {
    const name = group.getAttribute('aria-label') ?? '';
    // Axes repeat what the data table says in order; hide them from screen readers.
    if (/axis|grid|rule|text/.test(name)) group.setAttribute('aria-hidden', 'true');
    else group.setAttribute('role', 'group');
    // Plot draws grid lines in the text colour at 10 % opacity, which is faint on the dark theme: they take
    // the theme's grid colour instead, in the drawing itself, so the page and the figure images agree.
    if (name.endsWith('grid')) {
      group.setAttribute('stroke', 'var(--chart-grid)');
      group.setAttribute('stroke-opacity', '1');
    }
  }
  for (const title of svg.querySelectorAll('title')) {
    const mark = title.parentElement;
    if (!mark) continue;
    const tip = title.textContent ?? '';
    title.remove();
    mark.setAttribute('role', 'img');
    mark.setAttribute('aria-label', tip);
    mark.setAttribute('data-tip', tip);
    mark.setAttribute('tabindex', '-1');
    mark.setAttribute('class', 'chart-mark');
  }
  // A chart is one tab stop; arrow keys move between its marks (scripts/chart-tips.ts).
  if (tabStop) svg.querySelector('.chart-mark')?.setAttribute('tabindex', '0');
  roundGeometry(svg);
  return svg.outerHTML;
}

const GEOMETRY = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'points'];

/**
 * Plot writes coordinates to 15 significant digits; a tenth of a pixel is finer than any screen
 * draws, and the HTML a phone must parse before its first paint shrinks by a tenth.
 */
function roundGeometry(svg: Element): void {
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value && /\d\.\d\d/.test(value)) element.setAttribute(name, value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10)));
    }
  }
}
