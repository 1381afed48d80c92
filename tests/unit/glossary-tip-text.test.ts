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
