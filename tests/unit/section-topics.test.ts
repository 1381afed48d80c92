import { describe, expect, it } from 'vitest';
import { sectionLabel, topicProblems } from '../../src/lib/site/section-topics.ts';

const headings = [
  { slug: 'voice-investment', text: '语音模态' },
  { slug: 'voice-technology', text: '语音模态' },
  { slug: 'business-models', text: 'AI产品商业模式解析' },
];

describe('section topics', () => {
  it('name a section by its heading and, where the heading repeats, its slide topic', () => {
    expect(sectionLabel('语音模态', '投融资')).toBe('语音模态 · 投融资');
    expect(sectionLabel('AI产品商业模式解析', undefined)).toBe('AI产品商业模式解析');
  });

  it('are complete when every repeated heading has its own topic', () => {
    expect(topicProblems(headings, { 'voice-investment': '投融资', 'voice-technology': '技术演进' })).toEqual([]);
  });

  it('name what is wrong: a repeated heading without a topic, a topic given twice, a topic for no heading', () => {
    expect(topicProblems(headings, { 'voice-investment': '投融资' })).toEqual([
      'topics: the heading “语音模态” repeats (#voice-investment, #voice-technology); give #voice-technology the topic its slide names',
    ]);
    expect(topicProblems(headings, { 'voice-investment': '投融资', 'voice-technology': '投融资' })).toEqual([
      'topics: the repeated heading “语音模态” has the same topic twice; each must tell its section apart',
    ]);
    expect(topicProblems(headings, { 'voice-investment': '投融资', 'voice-technology': '技术演进', 'voice-product': '典型产品' })[0]).toMatch(/^topics\.voice-product: no level-2 heading has the anchor #voice-product/);
  });
});
