import { expect, it } from 'vitest';
import { firstTermMatch } from '../../src/lib/glossary/first-term-match.ts';

const TERMS = [
  { id: 'rl', term: 'RL' },
  { id: 'mtp', term: 'MTP' },
  { id: 'ai-agent', term: 'AI Agent' },
  { id: 'ai', term: 'AI' },
  { id: 'lora', term: 'LoRA' },
  { id: 'distillation', term: '蒸馏' },
];

it('firstTermMatch finds the earliest term in the text', () => {
  expect(firstTermMatch('采用微调、蒸馏等方式，如多令牌预测（MTP）', TERMS)).toEqual({ id: 'distillation', index: 5, text: '蒸馏' });
});

it('firstTermMatch does not find a Latin term inside a longer Latin word', () => {
  expect(firstTermMatch('学习RLHF与SMTP协议', TERMS)).toBeUndefined();
  expect(firstTermMatch('学习RLHF、强化学习RL', TERMS)).toEqual({ id: 'rl', index: 11, text: 'RL' });
  expect(firstTermMatch('QLoRA、LoRA', TERMS)).toEqual({ id: 'lora', index: 6, text: 'LoRA' });
  expect(firstTermMatch('QLoRA与LoRAs', TERMS)).toBeUndefined();
});

it('firstTermMatch takes a Latin term that touches Chinese characters', () => {
  expect(firstTermMatch('强化学习（RL）', TERMS)?.index).toBe(5);
  expect(firstTermMatch('采用RL训练', TERMS)?.index).toBe(2);
});

it('firstTermMatch prefers the longer term at the same offset', () => {
  expect(firstTermMatch('AI Agent是一种智能体产品', TERMS)).toEqual({ id: 'ai-agent', index: 0, text: 'AI Agent' });
});

it('firstTermMatch skips terms already linked', () => {
  expect(firstTermMatch('蒸馏与MTP', TERMS, new Set(['distillation']))?.id).toBe('mtp');
  expect(firstTermMatch('蒸馏', TERMS, new Set(['distillation']))).toBeUndefined();
});
