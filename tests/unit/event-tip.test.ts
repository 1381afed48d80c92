import { expect, it } from 'vitest';
import { eventTip } from '../../src/lib/events/event-tip.ts';

it('eventTip says the date, or the span, then the event in one line', () => {
  expect(eventTip({ date: '2024-05-21', label: '百度宣布两款主力大模型免费' })).toBe('2024年5月21日 百度宣布两款主力大模型免费');
  expect(eventTip({ date: '2016', end: '2017', label: '侧重感知智能的图像技术广泛应用' })).toBe('2016年—2017年 侧重感知智能的图像技术广泛应用');
  expect(eventTip({ date: '2023', label: '“百模大战” ，训练\n算力' })).toBe('2023年 “百模大战” ，训练 算力');
});
