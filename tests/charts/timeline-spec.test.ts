import { describe, expect, it } from 'vitest';
import { timelineSpec } from '../../src/components/timeline/timeline-spec.ts';
import { CHART_WIDTHS } from '../../src/lib/plot/chart-widths.ts';
import { renderSvg } from '../../src/lib/plot/render-svg.ts';
import { realTimelines } from '../helpers/real-timelines.ts';
import { expectSnapshot } from './expect-snapshot.ts';
import { normaliseSvg } from './normalise-svg.ts';

const timeline = realTimelines().find((t) => t.id === 'model-architectures')!.timeline;
const numbered = timeline.events.map((e, i) => ({ ...e, n: i + 1 }));
const lanes = timeline.lanes.map((name) => ({ name, events: numbered.filter((e) => e.lane === name) }));

describe('timelineSpec(model-architectures)', () => {
  for (const width of [CHART_WIDTHS.narrow, CHART_WIDTHS.wide]) {
    it(`draws at ${width}px as stored`, () => {
      expectSnapshot(`timeline-model-architectures-${width}`, normaliseSvg(renderSvg(timelineSpec(lanes, width, { numbered: true }), timeline.title)));
    });
  }

  it('draws one focusable bar per event, named by its date and wording, and its list number beside it', () => {
    const svg = renderSvg(timelineSpec(lanes, CHART_WIDTHS.narrow, { numbered: true }), timeline.title);
    const tips = [...svg.matchAll(/<rect [^>]*aria-label="([^"]*)"/g)].map((m) => m[1]);
    expect(tips).toHaveLength(timeline.events.length);
    expect(tips).toContain('1980年 卷积神经网络的雏形CNN诞生');
    expect(tips).toContain('2020年—2021年 Diffusion Model在图像生成领域得到广泛应用。');
    expect(svg.match(/tabindex="0"/g)).toHaveLength(1);
    const numbers = [...svg.matchAll(/<text[^>]*>(\d+)<\/text>/g)].map((m) => Number(m[1])).filter((n) => n <= timeline.events.length);
    expect(new Set(numbers).size).toBe(timeline.events.length);
  });

  it('puts each bar at its date: a span as wide as its years, in its lane', () => {
    const svg = renderSvg(timelineSpec(lanes, CHART_WIDTHS.wide, { numbered: true }), timeline.title);
    const bar = (label: string) => {
      const rect = new RegExp(`<rect ([^>]*aria-label="${label}"[^>]*)>`).exec(svg)![1]!;
      return { x: Number(/ x="([\d.]+)"/.exec(rect)![1]), width: Number(/ width="([\d.]+)"/.exec(rect)![1]) };
    };
    const year1980 = bar('1980年 卷积神经网络的雏形CNN诞生');
    const span = bar('2020年—2021年 Diffusion Model在图像生成领域得到广泛应用。');
    // 1980-01-01 to 2025-01-01 is 45 years; the span 2020–2021 covers two of them.
    const perYear = (span.x - year1980.x) / 40;
    expect(span.width / perYear).toBeCloseTo(2, 1);
    expect(year1980.width / perYear).toBeCloseTo(1, 1);
  });
});
