import { describe, expect, it } from 'vitest';
import { flowRows } from '../../src/lib/diagram/flow-rows.ts';

const step = (label: string, role: 'main' | 'branch' = 'main') => ({ label, role, points: [], remarks: [] });

describe('flowRows', () => {
  it('gives each main step a row of its own', () => {
    expect(flowRows([step('数据处理'), step('微调'), step('模型部署')]).map((r) => [r.main.label, r.branches.length])).toEqual([
      ['数据处理', 0],
      ['微调', 0],
      ['模型部署', 0],
    ]);
  });

  it('sets branch steps beside the main step before them, in order', () => {
    const rows = flowRows([step('微调'), step('蒸馏', 'branch'), step('RAG', 'branch'), step('模型部署')]);
    expect(rows.map((r) => [r.main.label, r.branches.map((b) => b.label)])).toEqual([
      ['微调', ['蒸馏', 'RAG']],
      ['模型部署', []],
    ]);
  });

  it('draws a leading branch step as a row, since there is nothing to set it beside', () => {
    expect(flowRows([step('蒸馏', 'branch'), step('微调')]).map((r) => r.main.label)).toEqual(['蒸馏', '微调']);
  });
});
