import { describe, expect, it } from 'vitest';
import { joinPhrases } from '../../src/lib/diagram/join-phrases.ts';

describe('joinPhrases', () => {
  it('joins phrases with 、', () => {
    expect(joinPhrases(['道路变化感知', '触觉反馈', '力度调整'])).toBe('道路变化感知、触觉反馈、力度调整');
  });

  it('closes the list with an ellipsis and no separator before it', () => {
    expect(joinPhrases(['精准抓取', '步态稳定', '…'])).toBe('精准抓取、步态稳定…');
    expect(joinPhrases(['Adapter Tuning', 'LoRA、QLoRA', '...'])).toBe('Adapter Tuning、LoRA、QLoRA...');
  });

  it('returns a single phrase as it is, and nothing for none', () => {
    expect(joinPhrases(['元宇宙中虚拟交互'])).toBe('元宇宙中虚拟交互');
    expect(joinPhrases([])).toBe('');
  });
});
