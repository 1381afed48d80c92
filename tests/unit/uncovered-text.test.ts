import { describe, expect, it } from 'vitest';
import { uncoveredText } from '../helpers/uncovered-text.ts';

describe('uncoveredText', () => {
  it('is empty when the phrases cover the slide, whitespace and line breaks ignored', () => {
    expect(uncoveredText('数据集向量数据库\n\n图像/视频\n处理生成', ['数据集', '向量数据库', '图像/视频处理生成'])).toBe('');
  });

  it('returns what no phrase covers', () => {
    expect(uncoveredText('智慧病案与DRGs AIDD', ['智慧病案与DRGs'])).toBe('AIDD');
  });

  it('takes longer phrases out first, so a short one inside a long one does not split it', () => {
    expect(uncoveredText('大语言模型 多模态大模型', ['大模型', '大语言模型', '多模态大模型'])).toBe('');
    expect(uncoveredText('AI+医疗', ['AI', 'AI+医疗'])).toBe('');
  });

  it('removes every occurrence of a phrase printed twice', () => {
    expect(uncoveredText('营销客服 视觉产品营销客服', ['营销客服', '视觉产品'])).toBe('');
  });

  it('drops filler characters only', () => {
    expect(uncoveredText('内容生成、场景建模、\n策略生成', ['内容生成', '场景建模'])).toBe('策略生成');
    expect(uncoveredText('• 准确性奖励：评估', ['准确性奖励', '评估'], '：')).toBe('•');
  });
});
