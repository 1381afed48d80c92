import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { decode } from 'fast-png';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, readPage, readingPages, requireDist } from '../helpers/dist.ts';
import { realDatasets } from '../helpers/real-datasets.ts';
import { realTimelines } from '../helpers/real-timelines.ts';

beforeAll(requireDist);

const charts = realDatasets().map(({ id, dataset }) => ({ id, dataset, anchor: `fig-${dataset.figure.replace(/^图/, '')}` }));
/** Every figure with images: charts, and timelines (bars and their numbered event list). */
const drawn = [
  ...charts.map(({ anchor, dataset }) => ({ anchor, name: dataset.figure, title: dataset.title })),
  ...realTimelines().map(({ id, timeline }) => ({ anchor: `timeline-${id}`, name: `时间线 ${timeline.short}`, title: timeline.title })),
];
/** The images each chart offers, and their size in px: a 16:9 slide, an upright phone picture, the slide as SVG. */
const files = (anchor: string) => [
  { path: `/figures/${anchor}/${anchor}-16x9.png`, width: 1920, height: 1080 },
  { path: `/figures/${anchor}/${anchor}-phone.png`, width: 1080, height: 1920 },
  { path: `/figures/${anchor}/${anchor}.svg`, width: 1920, height: 1080 },
];

/** Share of pixels in rows [from, to) (fractions of the height) that are not white. */
function ink(png: ReturnType<typeof decode>, from: number, to: number): number {
  const { width, height, data, channels } = png;
  let inked = 0;
  const [start, end] = [Math.floor(from * height), Math.floor(to * height)];
  for (let y = start; y < end; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * channels;
      if (data[i]! < 230 || data[i + 1]! < 230 || data[i + 2]! < 230) inked++;
    }
  }
  return inked / ((end - start) * width);
}

describe.each(drawn)('$name’s images', ({ anchor, title }) => {
  it.each(files(anchor).filter((f) => f.path.endsWith('.png')))('$path decodes at its exact size, with ink in the header, the drawing and the footer', ({ path, width, height }) => {
    const png = decode(readFileSync(join(DIST, path)));
    expect([png.width, png.height]).toEqual([width, height]);
    // Title at the top, the chart in the middle, 来源, citation and URL at the bottom; white margins between.
    expect(ink(png, 0, 0.15), 'header').toBeGreaterThan(0.01);
    expect(ink(png, 0.4, 0.6), 'drawing').toBeGreaterThan(0.01);
    expect(ink(png, 0.8, 0.97), 'footer').toBeGreaterThan(0.005);
    expect(ink(png, 0, 0.02), 'top margin').toBe(0);
  });

  it('has an SVG with the slide’s viewBox, drawn without <text>, CSS variables or fonts, that a strict parser renders', () => {
    const svg = readFileSync(join(DIST, files(anchor)[2]!.path), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1920 1080"/);
    expect(svg).not.toMatch(/<text|<tspan|var\(|currentColor|font-family|font-size|font-weight|@font-face|<style/);
    const rendered = new Resvg(svg, { font: { loadSystemFonts: false } });
    expect([rendered.width, rendered.height]).toEqual([1920, 1080]);
    // Every glyph placed is defined.
    const defined = new Set([...svg.matchAll(/<path id="([^"]+)"/g)].map((m) => m[1]));
    const used = [...svg.matchAll(/xlink:href="#([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(title.length);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('is linked from the figure’s 下载 panel with plain download links that give each size', () => {
    const page = readingPages().find((p) => readPage(p).getElementById(anchor)?.tagName === 'FIGURE')!;
    const links = [...readPage(page).getElementById(anchor)!.querySelectorAll('.figure-image-links a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(files(anchor).map((f) => f.path));
    for (const a of links) expect(a.hasAttribute('download')).toBe(true);
    const panel = links[0]!.parentElement!.textContent!;
    for (const f of files(anchor)) expect(panel).toContain(`${f.width}×${f.height} px`);
  });
});

it('the 图表目录 lists each chart’s and timeline’s images, every link leading to a file and naming its own figure', () => {
  const items = [...readPage('figures/index.html').querySelectorAll('.figure-list li')];
  for (const { anchor, title } of drawn) {
    const entry = items.find((li) => li.querySelector('.figure-list-link')?.getAttribute('href') === `/figures/${anchor}/`)!;
    const links = [...entry.querySelectorAll('.figure-image-links a[download]')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(files(anchor).map((f) => f.path));
    // Told apart by screen readers, which list links out of context: each names its figure's title.
    for (const a of links) expect(a.getAttribute('aria-label'), anchor).toContain(title);
  }
  const labels = items.flatMap((li) => [...li.querySelectorAll('.figure-image-links a')].map((a) => a.getAttribute('aria-label')));
  expect(new Set(labels).size).toBe(labels.length);
});

it('datapackage.json lists each resource’s images by absolute URL, with the size and type of the file there', () => {
  const pkg = JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));
  for (const { id, anchor } of charts) {
    const images = pkg.resources.find((r: { name: string }) => r.name === id).images as { url: string; mediatype: string; width: number; height: number }[];
    expect(images.map((i) => new URL(i.url).pathname)).toEqual(files(anchor).map((f) => f.path));
    for (const image of images) {
      const file = join(DIST, new URL(image.url).pathname);
      expect(existsSync(file), image.url).toBe(true);
      if (image.mediatype === 'image/png') {
        const png = decode(readFileSync(file));
        expect([png.width, png.height]).toEqual([image.width, image.height]);
      } else {
        expect(image.mediatype).toBe('image/svg+xml');
        expect(readFileSync(file, 'utf8')).toContain(`viewBox="0 0 ${image.width} ${image.height}"`);
      }
    }
  }
});

it('the service worker does not precache the images, which are two thirds of the site’s bytes', () => {
  const worker = readFileSync(join(DIST, 'sw.js'), 'utf8');
  const precache: string[] = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(worker)![1]!);
  expect(precache.filter((url) => /\/figures\/.*\.(png|svg)$/.test(url))).toEqual([]);
  expect(precache).toContain('/data/datapackage.json');
});
