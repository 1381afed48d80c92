import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramPhrases } from '../helpers/diagram-phrases.ts';
import { uncoveredText } from '../helpers/uncovered-text.ts';
import { realDiagrams } from '../helpers/real-diagrams.ts';

const LINES = readFileSync(join(import.meta.dirname, '../../source/report-2025.txt'), 'utf8').split('\n');
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Each diagram's slide in the source (keyed by diagram id; ids separated by spaces when one part of a slide
 * is drawn as several diagrams): the line ranges that hold the diagram's text (1-based,
 * inclusive; parts of the slide kept elsewhere on the page are left out, with the reason), and
 * the labels the site adds that the slide does not print (table headings, a title for a part), and
 * printed labels the page renders from the component rather than the data.
 */
const SLIDES: Record<
  string,
  { lines: [number, number][]; elsewhere?: string; added?: Record<string, string>; labels?: Record<string, string> }
> = {
  'industry-map-2024': { lines: [[730, 851]] },
  'model-delivery-path': { lines: [[1043, 1202]] },
  'voice-interaction-architectures': {
    lines: [[1833, 1858], [1922, 1930]],
    elsewhere: '1860–1920：语音克隆与音频/音乐创作两部分，以定义列表留在页面上',
    added: { 语音交互能力: '图题：原图只在栏目标题处印“语音交互能力”（第1825行）', 架构: '表头', 组成: '表头' },
  },
  'business-models': {
    lines: [[2676, 2756]],
    elsewhere: '2758–2780：按结果付费的说明与动因，以段落和列表留在页面上',
    added: { 商业模式: '表头', 说明: '表头', 举例: '表头' },
  },
  'deepseek-model-family': {
    lines: [[3356, 3356], [3382, 3392], [3398, 3438]],
    elsewhere: '3358–3380、3394–3396、3440–3444：发展历程的日期与事件，由 timelines 分支的 events 数据绘制',
    added: { DeepSeek模型家族: '图题：原图题为“DeepSeek发展历程及模型家族”，本图只含模型家族', 模型类别: '表头', 模型: '表头', 说明: '表头' },
  },
  'deepseek-r1-zero-training deepseek-r1-training': {
    lines: [[3490, 3524]],
    elsewhere: '3460–3488、3526–3556：开源内容与V3工程优化，以定义列表留在页面上',
  },
  'physical-ai-roadmap': {
    lines: [[3663, 3772]],
    elsewhere: '3774–3788：路径升级中的挑战，以定义列表留在页面上',
    labels: { 典型场景: '原图每阶段印一次，页面在每阶段的场景前作标签' },
  },
  'ai-safety-risks': { lines: [[3886, 3990]], added: { 类别: '表头', 风险: '表头', 具体问题: '表头', 说明: '表头' } },
};

const diagrams = realDiagrams();
const byId = new Map(diagrams.map((d) => [d.id, d.diagram]));
const slides = Object.entries(SLIDES).map(([ids, slide]) => ({ ids, ...slide }));
const textOf = (lines: [number, number][]) => lines.map(([from, to]) => LINES.slice(from - 1, to).join('\n')).join('\n');

it('every diagram file has its source slide listed here, and every listed slide has a file', () => {
  expect(diagrams.map((d) => d.id).sort()).toEqual(slides.flatMap((s) => s.ids.split(' ')).sort());
});

describe.each(slides)('$ids', ({ ids, lines, added, labels }) => {
  const text = textOf(lines);
  const shown = ids.split(' ').map((id) => byId.get(id)!);
  const phrases = shown.flatMap(diagramPhrases);

  it('holds only text printed on its slide', () => {
    const editorial = new Set(Object.keys(added ?? {}));
    const missing = phrases.filter((p) => !editorial.has(p) && !squash(text).includes(squash(p)));
    expect(missing).toEqual([]);
  });

  it('holds every phrase of its slide', () => {
    // The source line and the "•" bullets are printed on the slide but are not diagram text.
    const printed = [...phrases, ...Object.keys(labels ?? {}), ...shown.map((d) => `来源：${d.source}`)];
    expect(uncoveredText(text, printed, '、，,。；：:…•.')).toBe('');
  });
});

it('every item of the industry map, including the scenarios whose industry the slide leaves open', () => {
  const map = diagrams.find((d) => d.id === 'industry-map-2024')!.diagram;
  if (map.kind !== 'tree') throw new Error('industry map is not a tree');
  const uncertain = map.layers.flatMap((l) => l.segments).filter((s) => s.placement === 'uncertain');
  expect(uncertain).toHaveLength(1);
  expect(uncertain[0]!.note).toMatch(/无法确定/);
  // Printed twice on the slide (source lines 806 and 812), once for each of two industries.
  for (const twice of ['视觉产品', '营销客服']) expect(uncertain[0]!.items.filter((i) => i === twice)).toHaveLength(2);
});
