import { describe, expect, it } from 'vitest';
import { listPanel } from '../../src/lib/export/list-panel.ts';
import { GlyphOutlines, OutlinedText } from '../../src/lib/outline/glyph-outlines.ts';

const outlines = new GlyphOutlines();
const measure = (text: string, size: number, bold: boolean) => outlines.width(text, size, bold);
const items = [
  { marker: '1', text: '2024年1月4日：十七部门印发《“数据要素×”三年行动计划（2024—2026年）》', details: [] },
  { marker: '10', text: '2017年：Transformer架构提出', details: ['里程碑事件', '自注意力机制取代循环结构，成为此后大模型的共同基础'] },
];

describe('listPanel', () => {
  it('draws every character of every item, marker and sub-point, and no line past its width', () => {
    const text = new OutlinedText(outlines);
    const panel = listPanel(items, 288, text, measure);
    const drawn = items.flatMap((i) => [i.marker, i.text, ...i.details.map((d) => `· ${d}`)]).join('').replace(/\s/g, '');
    expect(panel.svg.match(/<use /g)).toHaveLength([...drawn].length);
    const xs = [...panel.svg.matchAll(/translate\(([-\d.]+) /g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs) + 12).toBeLessThanOrEqual(288);
    expect(panel.svg).toMatch(new RegExp(`^<svg width="288" height="${panel.height}" viewBox="0 0 288 ${panel.height}"`));
  });

  it('grows taller as the column narrows and its items wrap', () => {
    const wide = listPanel(items, 600, new OutlinedText(outlines), measure);
    const narrow = listPanel(items, 200, new OutlinedText(outlines), measure);
    expect(narrow.height).toBeGreaterThan(wide.height);
  });
});
