import { describe, expect, it } from 'vitest';
import { citedFigures } from '../../src/lib/figures/cited-figures.ts';

describe('citedFigures', () => {
  it('lists each figure component in order with the section heading it stands under', () => {
    const mdx = [
      '<Figure id="before-any-heading" />',
      '## 中国人工智能产业经济环境 {/* #economy */}',
      '<Figure id="gdp-2014-2024" />',
      '### 小标题',
      '<Timeline id="ai-policies-2024" />',
      '## 语音模态 {/* #voice-investment */}',
      '<Diagram id="industry-map-2024" />',
    ].join('\n\n');
    expect(citedFigures(mdx)).toEqual([
      { kind: 'chart', id: 'before-any-heading', section: undefined },
      { kind: 'chart', id: 'gdp-2014-2024', section: { anchor: 'economy', title: '中国人工智能产业经济环境' } },
      { kind: 'timeline', id: 'ai-policies-2024', section: { anchor: 'economy', title: '中国人工智能产业经济环境' } },
      { kind: 'diagram', id: 'industry-map-2024', section: { anchor: 'voice-investment', title: '语音模态' } },
    ]);
  });
});
