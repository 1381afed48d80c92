import { describe, expect, it } from 'vitest';
import { IMAGE_LAYOUTS, type ImageLayout, type ImageLayoutName, layoutFigureImage } from '../../src/lib/export/figure-image.ts';
import { GlyphOutlines } from '../../src/lib/outline/glyph-outlines.ts';

const outlines = new GlyphOutlines();
const measure = (text: string, size: number, bold: boolean) => outlines.width(text, size, bold);

const words = {
  label: '图2-1',
  title: '2022-2029年中国人工智能产业规模',
  unit: '亿元',
  legend: [
    { name: '产业规模', colour: '#1d4ed8' },
    { name: '增长率', colour: '#b45309' },
  ],
  key: '浅色为预测值（年份后标 e）。',
  source: '艾瑞咨询研究院自主研究及绘制。',
  citation: '艾瑞咨询. 2025年中国人工智能产业研究报告: 图2-1 2022-2029年中国人工智能产业规模[R/OL]. (2025-03)[引用日期]. https://example.org/figures/fig-2-1/.',
  url: 'https://example.org/figures/fig-2-1/',
};
const drawing = { width: 600, height: 420 };
const layouts = Object.keys(IMAGE_LAYOUTS) as ImageLayoutName[];

/** The text of every line of a role, run together (a wrapped line loses the space it broke at). */
const said = (layout: ImageLayout, role: string) => layout.lines.filter((l) => l.role === role).map((l) => l.text).join('').replace(/\s/g, '');
const squeezed = (text: string) => text.replace(/\s/g, '');

describe.each(layouts)('layoutFigureImage (%s)', (name) => {
  const scheme = IMAGE_LAYOUTS[name];

  it('holds the figure’s number, title, unit, legend, source, citation and URL', () => {
    const layout = layoutFigureImage(words, drawing, name, measure);
    expect(said(layout, 'label')).toBe('图2-1');
    expect(said(layout, 'title')).toBe(squeezed(words.title));
    expect(said(layout, 'unit')).toBe('单位：亿元');
    expect(said(layout, 'legend')).toBe('产业规模增长率');
    expect(layout.swatches.map((s) => s.fill)).toEqual(['#1d4ed8', '#b45309']);
    expect(said(layout, 'source')).toBe(squeezed(`来源：${words.source}`));
    // The citation once, its URL (and the closing full stop) on a line of its own.
    expect(said(layout, 'citation') + said(layout, 'url')).toBe(squeezed(`引用：${words.citation}`));
    expect(said(layout, 'url')).toBe(`${words.url}.`);
    expect(said(layout, 'key')).toBe(squeezed(words.key));
  });

  it('sets a label that is a word off with a full-width colon, as the page heads the figure', () => {
    const layout = layoutFigureImage({ ...words, label: '时间线', title: '中国人工智能发展历程', unit: undefined, legend: [] }, drawing, name, measure);
    expect(said(layout, 'label')).toBe('时间线：');
    expect(said(layout, 'title')).toBe('中国人工智能发展历程');
    const [label, title] = layout.lines;
    expect(title!.x).toBeCloseTo(label!.x + label!.width, 5);
  });

  it('stops the build, naming the citation, when the citation does not hold the figure’s URL', () => {
    expect(() => layoutFigureImage({ ...words, url: 'https://example.org/elsewhere/' }, drawing, name, measure)).toThrow(/引用中没有图表的网址 https:\/\/example.org\/elsewhere\//);
  });

  it('wraps a long title within the width and keeps every line and the drawing on the canvas, in their bands', () => {
    const long = { ...words, title: words.title.repeat(3), source: words.source.repeat(4) };
    const layout = layoutFigureImage(long, drawing, name, measure);
    expect(layout.lines.filter((l) => l.role === 'title').length).toBeGreaterThan(1);
    expect(said(layout, 'title')).toBe(squeezed(long.title));
    for (const line of layout.lines) {
      expect(line.x, line.text).toBeGreaterThanOrEqual(scheme.margin);
      expect(line.x + line.width, line.text).toBeLessThanOrEqual(scheme.width - scheme.margin);
      expect(line.y - line.size, line.text).toBeGreaterThanOrEqual(0);
      expect(line.y, line.text).toBeLessThanOrEqual(scheme.height - scheme.margin);
      const inHeader = ['label', 'title', 'unit', 'legend'].includes(line.role);
      if (inHeader) expect(line.y, line.text).toBeLessThanOrEqual(layout.bands.headerBottom);
      else expect(line.y - line.size, line.text).toBeGreaterThanOrEqual(layout.bands.footerTop);
    }
    const d = layout.drawing;
    expect(d.x).toBeGreaterThanOrEqual(scheme.margin);
    expect(d.x + d.width).toBeLessThanOrEqual(scheme.width - scheme.margin + 0.01);
    expect(d.y).toBeGreaterThan(layout.bands.headerBottom);
    expect(d.y + d.height).toBeLessThan(layout.bands.footerTop);
    expect(d.width / d.height).toBeCloseTo(drawing.width / drawing.height, 5);
  });

  it('scales the drawing up, but no further than its text stays in proportion to the title', () => {
    const small = layoutFigureImage(words, { width: 200, height: 50 }, name, measure);
    expect(small.drawing.scale).toBe(scheme.maxScale);
    expect(layoutFigureImage(words, drawing, name, measure).drawing.scale).toBeGreaterThan(1);
  });

  it('stops the build, naming the figure, when its words leave the drawing no room', () => {
    expect(() => layoutFigureImage({ ...words, source: words.source.repeat(60) }, drawing, name, measure)).toThrow(/图2-1.*图表只剩/);
  });
});
