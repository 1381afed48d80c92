import { expect, it } from 'vitest';
import { categoryLabels } from '../../src/components/charts/category-labels.ts';
import { CHART_FONT_SIZE } from '../../src/lib/plot/render-svg.ts';
import { textWidth } from '../../src/lib/text/text-width.ts';

it('categoryLabels sizes the margin to the widest wrapped line and wraps long labels', () => {
  const labels = ['视觉模态', '我对使用AI产品服务的公司和对其他公司同样相信'];
  const { tickFormat, margin, lines } = categoryLabels(labels, 130);
  const wrapped = tickFormat(labels[1]!).split('\n');
  expect(wrapped.length).toBeGreaterThan(1);
  expect(lines).toBe(wrapped.length);
  const widest = Math.max(...wrapped.map((l) => textWidth(l, CHART_FONT_SIZE)));
  expect(widest).toBeLessThanOrEqual(130);
  expect(margin).toBeGreaterThan(widest);
  expect(tickFormat('视觉模态')).toBe('视觉模态');
});
