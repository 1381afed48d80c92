import { describe, expect, it } from 'vitest';
import { describeDiagram } from '../../src/lib/diagram/describe-diagram.ts';
import { diagramSchema } from '../../src/schemas/diagram.ts';

const common = { title: '图', source: '艾瑞咨询研究院自主研究绘制。' };

describe('describeDiagram', () => {
  it('names a tree’s layers top-down with their stream and counts its items', () => {
    const tree = diagramSchema.parse({
      ...common,
      kind: 'tree',
      layers: [
        { name: '基础层', stream: '上游', segments: [{ name: '算力', items: ['芯片', { label: '智算中心', children: ['城市'] }] }] },
        { name: '应用层', stream: '下游', segments: [{ name: 'AI+金融' }] },
      ],
    });
    expect(describeDiagram(tree)).toBe('分层图示，自上而下共2层：上游基础层、下游应用层；各层分环节列出共2项，可逐层、逐环节展开。');
  });

  it('names a flow’s main path in order and its branches apart', () => {
    const flow = diagramSchema.parse({
      ...common,
      kind: 'flow',
      steps: [{ label: '数据处理' }, { label: '微调' }, { label: '蒸馏', role: 'branch' }, { label: '模型部署' }],
    });
    expect(describeDiagram(flow)).toBe('流程图示，主路径3步：数据处理 → 微调 → 模型部署；旁路：蒸馏。');
  });

  it('names each stage of a roadmap with its status', () => {
    const stages = diagramSchema.parse({
      ...common,
      kind: 'stages',
      stages: [
        { name: '甲', capability: ['能'], status: '已实现', examples: ['例'] },
        { name: '乙', capability: ['能'], status: '长期愿景', examples: ['例'] },
      ],
    });
    expect(describeDiagram(stages)).toBe('路线图示，共2个阶段：甲（已实现） → 乙（长期愿景）。');
  });

  it('names a matrix’s rows with their categories, and a comparison’s options and aspects', () => {
    const matrix = diagramSchema.parse({
      ...common,
      kind: 'matrix',
      headings: ['类别', '风险', '问题', '说明'],
      rows: [{ name: '内生安全', categories: [{ name: '数据安全风险', entries: [{ text: '说明' }] }] }],
    });
    expect(describeDiagram(matrix)).toBe('矩阵图示，分1类：内生安全（数据安全风险）。');
    const compare = diagramSchema.parse({
      ...common,
      kind: 'compare',
      optionHeading: '架构',
      aspects: ['优势', '劣势'],
      options: [
        { name: '级联', values: ['准', '慢'] },
        { name: '端到端', values: ['快', '幻觉'] },
      ],
    });
    expect(describeDiagram(compare)).toBe('对比图示：2种架构就优势、劣势逐项对比。');
  });
});
