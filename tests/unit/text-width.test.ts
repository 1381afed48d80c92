import { expect, it } from 'vitest';
import { textWidth } from '../../src/lib/text/text-width.ts';

it('textWidth counts a CJK character and full-width punctuation as one em', () => {
  expect(textWidth('语言及多模态', 12)).toBe(72);
  expect(textWidth('（）：', 10)).toBe(30);
});

it('textWidth counts Latin letters and digits narrower than CJK', () => {
  const latin = textWidth('GPT', 12);
  expect(latin).toBeGreaterThan(12);
  expect(latin).toBeLessThan(36);
  expect(textWidth('2024', 12)).toBeLessThan(textWidth('二〇二四', 12));
});
