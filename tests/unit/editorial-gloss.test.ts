import { expect, it } from 'vitest';
import { editorialGlossText } from '../../src/lib/glossary/editorial-gloss.ts';

it('editorialGlossText gives the full name, then the definition after a colon', () => {
  expect(editorialGlossText({ name: 'Low-Rank Adaptation，低秩适配', definition: '参数高效微调方法' })).toBe('Low-Rank Adaptation，低秩适配：参数高效微调方法');
});

it('editorialGlossText gives either part alone', () => {
  expect(editorialGlossText({ name: 'AI-Driven Drug Discovery' })).toBe('AI-Driven Drug Discovery');
  expect(editorialGlossText({ definition: '参数高效微调方法' })).toBe('参数高效微调方法');
});
