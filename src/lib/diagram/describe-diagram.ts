import type { Diagram } from '../../schemas/diagram.ts';

/**
 * One sentence saying how the diagram is built, for readers who cannot see the layout;
 * the full text follows in the diagram's own lists and tables.
 */
export function describeDiagram(diagram: Diagram): string {
  switch (diagram.kind) {
    case 'tree': {
      const layers = diagram.layers.map((l) => `${l.stream}${l.name}`).join('、');
      const items = diagram.layers.flatMap((l) => l.segments.flatMap((s) => s.items)).length;
      return `分层图示，自上而下共${diagram.layers.length}层：${layers}；各层分环节列出共${items}项，可逐层、逐环节展开。`;
    }
    case 'flow': {
      const main = diagram.steps.filter((s) => s.role === 'main').map((s) => s.label);
      const branches = diagram.steps.filter((s) => s.role === 'branch').map((s) => s.label);
      return `流程图示，主路径${main.length}步：${main.join(' → ')}${branches.length ? `；旁路：${branches.join('、')}` : ''}。`;
    }
    case 'stages': {
      const stages = diagram.stages.map((s) => `${s.name}（${s.status}）`).join(' → ');
      return `路线图示，共${diagram.stages.length}个阶段：${stages}。`;
    }
    case 'matrix': {
      const rows = diagram.rows.map((r) => `${r.name}（${r.categories.map((c) => c.name).join('、')}）`).join('；');
      return `矩阵图示，分${diagram.rows.length}类：${rows}。`;
    }
    case 'compare':
      return `对比图示：${diagram.options.length}种${diagram.optionHeading}就${diagram.aspects.join('、')}逐项对比。`;
  }
}
