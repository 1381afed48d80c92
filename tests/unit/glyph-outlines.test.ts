import { describe, expect, it } from 'vitest';
import { GlyphOutlines, OutlinedText } from '../../src/lib/outline/glyph-outlines.ts';

const outlines = new GlyphOutlines();

describe('GlyphOutlines', () => {
  it('advances a full em for each ideograph of Noto Sans SC', () => {
    expect(outlines.width('人工智能', 60, true)).toBeCloseTo(240, 0);
  });

  it('names the character a slice of the font lacks', () => {
    expect(() => outlines.width('\u{10FFFD}', 10)).toThrow(/U\+10FFFD/);
  });
});

describe('OutlinedText', () => {
  it('places one <use> per drawn character and defines each glyph once', () => {
    const text = new OutlinedText(outlines);
    const line = text.line('人工 人工', 0, 60, 60);
    expect(line.match(/<use /g)).toHaveLength(4);
    const defs = text.defs();
    expect(defs.match(/<path id=/g)).toHaveLength(2);
    expect(defs).not.toMatch(/d=""/);
  });

  it('ends a line at x for anchor end and centres it for middle', () => {
    const text = new OutlinedText(outlines);
    const first = (line: string) => Number(/translate\(([-\d.]+) /.exec(line)![1]);
    expect(first(text.line('人工', 100, 0, 10, { anchor: 'end' }))).toBeCloseTo(80, 1);
    expect(first(text.line('人工', 100, 0, 10, { anchor: 'middle' }))).toBeCloseTo(90, 1);
  });
});

describe('glyph path data', () => {
  it('keeps every number of an outline within the em, none run together', () => {
    const text = new OutlinedText(outlines);
    text.line('行轮投资图表2025', 0, 0, 10);
    text.line('行轮投资', 0, 0, 10, { bold: true });
    const paths = [...text.defs().matchAll(/ d="([^"]*)"/g)].map((m) => m[1]).join(' ');
    const numbers = [...paths.matchAll(/-?\d+/g)].map((m) => Math.abs(Number(m[0])));
    expect(numbers.length).toBeGreaterThan(100);
    expect(Math.max(...numbers)).toBeLessThan(1200);
  });
});
