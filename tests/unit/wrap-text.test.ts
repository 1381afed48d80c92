import { expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text/text-width.ts';
import { wrapText } from '../../src/lib/text/wrap-text.ts';

it('wrapText keeps a label that fits on one line', () => {
  expect(wrapText('视觉模态', 100, 12)).toEqual(['视觉模态']);
});

it('wrapText breaks long Chinese labels at word boundaries within the width', () => {
  const label = '我对使用AI产品服务的公司和对其他公司同样相信';
  const lines = wrapText(label, 120, 12);
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join('')).toBe(label);
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120);
  // Intl.Segmenter keeps words whole: "AI" and "公司" are never split across lines.
  for (let i = 1; i < lines.length; i++) {
    const joint = lines[i - 1]!.slice(-1) + lines[i]!.slice(0, 1);
    expect(['AI', '公司']).not.toContain(joint);
  }
});

it('wrapText breaks a single word wider than a line between characters', () => {
  const lines = wrapText('ABCDEFGHIJKLMNOP', 40, 12);
  expect(lines.length).toBeGreaterThan(2);
  expect(lines.join('')).toBe('ABCDEFGHIJKLMNOP');
});

it('wrapText never starts a line with closing punctuation: it hangs at the end of the line before', () => {
  const lines = wrapText('Stable Diffusion、Midjourney等文生图产品发布', 104, 12);
  expect(lines.filter((line) => /^[、，。）]/.test(line))).toEqual([]);
  expect(lines.join('')).toBe('Stable Diffusion、Midjourney等文生图产品发布');
});
