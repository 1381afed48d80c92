import { parseHTML } from 'linkedom';
import type { OutlinedText, TextAnchor } from '../outline/glyph-outlines.ts';

/** A chart panel ready to place in an image: no <text>, no font; its size in px. Its colours are still the page's variables (renderFigureImage makes them concrete). */
export interface OutlinedPanel {
  svg: string;
  width: number;
  height: number;
}

/** The nearest value of an inherited presentation attribute, from the element up. */
function inherited(element: Element, name: string): string | undefined {
  for (let e: Element | null = element; e; e = e.parentElement) {
    const value = e.getAttribute(name);
    if (value !== null) return value;
  }
  return undefined;
}

/** A length as Plot writes it: px ("12", "-4.5") or ems ("0.3em", "1em"). */
function length(value: string | null | undefined, fontSize: number): number {
  if (!value) return 0;
  return value.endsWith('em') ? Number(value.slice(0, -2)) * fontSize : Number(value);
}

const PAGE_ONLY = ['class', 'tabindex', 'data-tip', 'font-size', 'font-weight', 'font-family', 'font-variant', 'text-anchor'];

/**
 * A chart panel as renderSvg draws it for the page (lib/plot/render-svg.ts), made self-contained for
 * an image file: each <text> (with its <tspan> lines, x/y/dx/dy in px or em, its anchor, size and weight
 * as inherited) becomes glyph outlines in a group with the text's own transform, and what only the
 * page uses (classes, tab stops, tips, font attributes) goes.
 */
export function outlineChartSvg(svg: string, text: OutlinedText, what: string): OutlinedPanel {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error(`${what}：图表没有 <svg>`);
  const width = Number(root.getAttribute('width'));
  const height = Number(root.getAttribute('height'));
  // Outlines go in after serialising: linkedom would parse markup set inside an SVG element as HTML.
  const outlines: string[] = [];
  for (const element of [...root.querySelectorAll('text')]) {
    const size = Number(inherited(element, 'font-size') ?? 12);
    const weight = inherited(element, 'font-weight') ?? 'normal';
    const bold = weight === 'bold' || Number(weight) >= 600;
    const anchor = (inherited(element, 'text-anchor') ?? 'start') as TextAnchor;
    let x = length(element.getAttribute('x'), size) + length(element.getAttribute('dx'), size);
    let y = length(element.getAttribute('y'), size) + length(element.getAttribute('dy'), size);
    const spans = [...element.querySelectorAll('tspan')];
    const lines = spans.length === 0 ? [{ x, y, words: element.textContent ?? '' }] : spans.map((span) => {
      if (span.hasAttribute('x')) x = length(span.getAttribute('x'), size);
      if (span.hasAttribute('y')) y = length(span.getAttribute('y'), size);
      x += length(span.getAttribute('dx'), size);
      y += length(span.getAttribute('dy'), size);
      return { x, y, words: span.textContent ?? '' };
    });
    const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    group.setAttribute('data-outline', String(outlines.length));
    for (const name of ['transform', 'fill', 'fill-opacity', 'opacity']) {
      const value = element.getAttribute(name);
      if (value !== null) group.setAttribute(name, value);
    }
    outlines.push(lines.map((line) => text.line(line.words, line.x, line.y, size, { bold, anchor })).join(''));
    element.replaceWith(group);
  }
  for (const element of [root, ...root.querySelectorAll('*')]) for (const name of PAGE_ONLY) element.removeAttribute(name);
  const outlined = root.outerHTML.replace(
    /<g ([^>]*?)data-outline="(\d+)"([^>]*?)\s*(?:\/>|><\/g>)/g,
    (_, before: string, i: string, after: string) => `<g ${before.trim()}${after}>${outlines[Number(i)]}</g>`,
  );
  return { svg: outlined, width, height };
}
