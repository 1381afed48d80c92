import { describe, expect, it } from 'vitest';
import { diagramSchema } from '../../src/schemas/diagram.ts';

function problems(input: unknown): string[] {
  const result = diagramSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const common = { title: '图', source: '艾瑞咨询研究院自主研究绘制。' };
const stage = { name: '甲', capability: ['能'], status: '已实现', examples: ['例'] };

describe('diagramSchema.safeParse', () => {
  it('accepts a valid tree and fills defaults', () => {
    const result = diagramSchema.safeParse({ ...common, kind: 'tree', layers: [{ name: '层', stream: '中游', segments: [{ name: '段' }] }] });
    expect(result.success).toBe(true);
    if (result.data?.kind !== 'tree') throw new Error('not a tree');
    expect(result.data.notes).toEqual([]);
    expect(result.data.layers[0]!.segments[0]).toEqual({ name: '段', items: [], placement: 'printed' });
  });

  it('rejects an unknown kind naming the allowed ones', () => {
    expect(problems({ ...common, kind: 'venn' })).toEqual(['kind: kind 只能是 "tree"、"flow"、"stages"、"matrix" 或 "compare"']);
  });

  it('rejects a stage status the report does not use, naming the allowed ones', () => {
    expect(problems({ ...common, kind: 'stages', stages: [stage, { ...stage, status: '已完成' }] })).toEqual([
      'stages.1.status: status 只能是 "已实现"、"发展中"、"试验中" 或 "长期愿景"',
    ]);
  });

  it('rejects a segment of uncertain placement without a note for readers', () => {
    const input = { ...common, kind: 'tree', layers: [{ name: '层', stream: '下游', segments: [{ name: '段', items: ['甲'], placement: 'uncertain' }] }] };
    expect(problems(input)).toEqual(['layers.0.segments.0.note: 归属未能确定（placement: "uncertain"）的环节须有 note，向读者说明']);
  });

  it('rejects a comparison option whose values do not match the aspects', () => {
    const input = {
      ...common,
      kind: 'compare',
      optionHeading: '架构',
      aspects: ['优势', '劣势'],
      options: [
        { name: '级联', values: ['准', '慢'] },
        { name: '端到端', values: ['快'] },
      ],
    };
    expect(problems(input)).toEqual(['options.1.values: "端到端" 有 1 个值，应与 aspects（优势、劣势）一一对应，共 2 个']);
  });

  it('rejects a stream position other than 上游, 中游, 下游', () => {
    expect(problems({ ...common, kind: 'tree', layers: [{ name: '层', stream: '顶层', segments: [{ name: '段' }] }] })).toEqual([
      'layers.0.stream: stream 只能是 "上游"、"中游" 或 "下游"',
    ]);
  });
});
