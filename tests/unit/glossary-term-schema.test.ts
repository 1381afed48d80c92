import { expect, it } from 'vitest';
import { glossaryTermSchema } from '../../src/schemas/glossary-term.ts';

const BASE = { id: 'lora', term: 'LoRA', line: 1137, section: 'industry-value#open-source-models' };

function problems(input: unknown): string[] {
  const result = glossaryTermSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

it('glossaryTermSchema accepts an entry with only an editorial gloss', () => {
  expect(problems({ ...BASE, editorial: { name: 'Low-Rank Adaptation', definition: '参数高效微调方法' } })).toEqual([]);
  expect(problems({ ...BASE, editorial: { name: 'Low-Rank Adaptation' } })).toEqual([]);
  expect(problems({ ...BASE, name: 'Low-Rank Adaptation', editorial: { definition: '参数高效微调方法' } })).toEqual([]);
});

it('glossaryTermSchema rejects an entry with neither a quoted name or definition nor an editorial gloss', () => {
  expect(problems(BASE)).toEqual(['definition: 每个术语至少要有 name（全称）、definition（定义）或 editorial（编者释义）之一']);
});

it('glossaryTermSchema rejects an empty editorial gloss', () => {
  expect(problems({ ...BASE, editorial: {} })).toEqual(['editorial.definition: editorial（编者释义）至少要有 name（全称）或 definition（释义）之一']);
});

it('glossaryTermSchema rejects an editorial gloss beside the report’s own definition, or a second full name', () => {
  expect(problems({ ...BASE, definition: '报告的定义', editorial: { name: 'Low-Rank Adaptation' } })).toEqual([
    'editorial: editorial（编者释义）只用于报告未给出定义的术语：已有 definition 时请删去 editorial',
  ]);
  expect(problems({ ...BASE, name: '低秩适配', editorial: { name: 'Low-Rank Adaptation' } })).toEqual([
    'editorial.name: name（全称）已摘自报告，editorial.name 不要重复给出',
  ]);
});

it('glossaryTermSchema rejects fields the editorial gloss does not have', () => {
  expect(problems({ ...BASE, editorial: { name: 'Low-Rank Adaptation', source: '维基百科' } })).toHaveLength(1);
});
