import { OUTLINE_NAMESPACES, type OutlinedText } from '../outline/glyph-outlines.ts';
import { IMAGE_COLOURS, type ImageLayout } from './figure-image.ts';
import { concreteColours, type ImagePalette } from './image-palette.ts';
import type { OutlinedPanel } from './outline-chart-svg.ts';

/**
 * A laid-out figure image as one SVG document: white ground, the layout's lines as glyph outlines,
 * legend swatches, and the chart's panels stacked and scaled into the drawing's place. No <text>, no
 * CSS variable, no font: it renders the same in any viewer, slide editor or rasteriser.
 */
export function renderFigureImage(layout: ImageLayout, panels: OutlinedPanel[], text: OutlinedText, palette: ImagePalette, what: string): string {
  const words = layout.lines.map((l) => `<g fill="${l.fill}">${text.line(l.text, l.x, l.y, l.size, { bold: l.bold })}</g>`);
  const swatches = layout.swatches.map((s) => `<rect x="${s.x}" y="${round(s.y)}" width="${round(s.size)}" height="${round(s.size)}" fill="${s.fill}"/>`);
  let offset = 0;
  const stacked = panels.map((panel) => {
    // A nested <svg> clips to its box unless told otherwise; Plot's labels may hang a little outside it, as on the page.
    const placed = panel.svg.replace(/^<svg /, `<svg y="${offset}" overflow="visible" `);
    offset += panel.height;
    return placed;
  });
  const { x, y, scale } = layout.drawing;
  const svg = `<svg ${OUTLINE_NAMESPACES} width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">
${text.defs()}
<rect width="${layout.width}" height="${layout.height}" fill="${IMAGE_COLOURS.background}"/>
${words.join('\n')}
${swatches.join('')}
<g transform="translate(${round(x)} ${round(y)}) scale(${round(scale, 4)})">${stacked.join('')}</g>
</svg>`;
  return concreteColours(svg, palette, what);
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
