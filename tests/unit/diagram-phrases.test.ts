import { describe, expect, it } from 'vitest';
import { diagramPhrases } from '../helpers/diagram-phrases.ts';
import { diagramSchema } from '../../src/schemas/diagram.ts';

const common = { title: '图', source: '来源文字', notes: ['编者的话不算原文'] };

describe('diagramPhrases', () => {
  it('lists a tree’s text top-down, leaving out editors’ names for uncertain segments', () => {
    const tree = diagramSchema.parse({
      ...common,
      kind: 'tree',
      layers: [
        {
          name: '基础层',
          en: 'Infrastructure',
          stream: '上游',
          segments: [
            { name: '算力', items: ['芯片', { label: '智算中心', children: ['城市'] }] },
            { name: '编者所加', placement: 'uncertain', note: '归属未定', items: ['场景'] },
          ],
        },
      ],
    });
    expect(diagramPhrases(tree)).toEqual(['图', '上游', '基础层', 'Infrastructure', '算力', '芯片', '智算中心', '城市', '场景']);
  });

  it('splits named texts into name, explanation and examples', () => {
    const flow = diagramSchema.parse({
      ...common,
      kind: 'flow',
      caption: ['之前'],
      steps: [{ label: '微调', detail: '说明', points: [{ name: '高效', text: '部分层', examples: ['LoRA'] }], remarks: ['“低成本”'] }, { label: '部署' }],
    });
    expect(diagramPhrases(flow)).toEqual(['图', '之前', '微调', '说明', '高效', '部分层', 'LoRA', '“低成本”', '部署']);
  });

  it('lists a comparison’s groups once, its aspects, and no empty value', () => {
    const compare = diagramSchema.parse({
      ...common,
      kind: 'compare',
      optionHeading: '模式',
      aspects: ['说明', '举例'],
      options: [
        { name: '甲', group: '主流', values: ['甲说明', '甲例'] },
        { name: '乙', group: '主流', values: ['乙说明', ''] },
      ],
    });
    expect(diagramPhrases(compare)).toEqual(['图', '主流', '说明', '举例', '甲', '甲说明', '甲例', '乙', '乙说明']);
  });
});
