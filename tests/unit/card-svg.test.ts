import { describe, expect, it } from 'vitest';
import { lightPalette } from '../../src/lib/export/image-palette.ts';
import { GlyphOutlines } from '../../src/lib/outline/glyph-outlines.ts';
import { cardSvg } from '../../src/lib/social/card-svg.ts';

const fonts = new GlyphOutlines();

describe('cardSvg', () => {
  const text = { publisher: '艾瑞咨询', report: '2025年中国人工智能产业研究报告', title: '中国人工智能产业宏观环境', summary: '当下，中国人工智能产业在经济、政策、认知、技术维度的发展环境如何？未来又将走向何方？' };

  it('is a 1200×630 card with one path per line of text, and a chapter number when there is one', () => {
    const plain = cardSvg(text, fonts, lightPalette());
    const chapter = cardSvg({ ...text, chapter: '01' }, fonts, lightPalette());
    expect(plain).toMatch(/^<svg [^>]*width="1200" height="630"/);
    expect(plain.match(/<g fill/g)).toHaveLength(1 + 1 + 2);
    expect(chapter.match(/<g fill/g)).toHaveLength(1 + 1 + 1 + 2);
  });

  it('is drawn in the site’s light palette, with no colour left for a viewer to resolve', () => {
    const card = cardSvg({ ...text, chapter: '01' }, fonts, lightPalette());
    expect(card).not.toMatch(/var\(|currentColor/);
    expect(card).toContain(`fill="${lightPalette().variables['--chart-1']}"`);
  });

  it('cuts a summary longer than its lines instead of running off the card', () => {
    const long = cardSvg({ ...text, chapter: '01', summary: text.summary.repeat(6) }, fonts, lightPalette());
    expect(long.match(/<g fill/g)).toHaveLength(1 + 1 + 1 + 2);
  });
});
