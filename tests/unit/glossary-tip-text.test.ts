import { expect, it } from 'vitest';
import { glossaryTipText } from '../../src/lib/glossary/glossary-tip-text.ts';

it('glossaryTipText puts the full name in brackets before the definition', () => {
  expect(glossaryTipText({ term: 'SFT', name: '监督微调', definition: '利用特定任务的标注数据对模型进行微调' })).toBe(
    'SFT（监督微调）：利用特定任务的标注数据对模型进行微调',
  );
});

it('glossaryTipText gives a definition that opens with the term on its own', () => {
  expect(glossaryTipText({ term: 'LLMOps', definition: 'LLMOps是面向大模型的专业平台工具。' })).toBe('LLMOps是面向大模型的专业平台工具。');
});

it('glossaryTipText gives the term and its full name when the report gives no definition', () => {
  expect(glossaryTipText({ term: 'ASR', name: 'Automatic Speech Recognition' })).toBe('ASR（Automatic Speech Recognition）');
});

it('glossaryTipText fills in an editorial gloss where the report gives no name or definition', () => {
  const editorial = { name: 'Low-Rank Adaptation，低秩适配', definition: '冻结预训练模型权重' };
  expect(glossaryTipText({ term: 'LoRA', editorial })).toBe('LoRA（Low-Rank Adaptation，低秩适配）：冻结预训练模型权重');
  expect(glossaryTipText({ term: 'AIDD', editorial: { name: 'AI-Driven Drug Discovery' } })).toBe('AIDD（AI-Driven Drug Discovery）');
  expect(glossaryTipText({ term: 'ASR', name: 'Automatic Speech Recognition', editorial: { definition: '语音转文字' } })).toBe(
    'ASR（Automatic Speech Recognition）：语音转文字',
  );
});
