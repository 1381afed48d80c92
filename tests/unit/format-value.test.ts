import { describe, expect, it } from 'vitest';
import { formatExact, formatValue } from '../../src/lib/format/format-value.ts';

describe('formatValue', () => {
  it('prints percentages with the report precision', () => {
    expect(formatValue(26.2, '%', 1)).toBe('26.2%');
    expect(formatValue(0, '%', 1)).toBe('0.0%');
    expect(formatValue(52, '%')).toBe('52%');
  });
  it('moves 亿元 to 万亿元 once a value reaches 10000亿', () => {
    expect(formatValue(1349084, '亿元')).toBe('134.91万亿元');
    expect(formatValue(2697, '亿元')).toBe('2,697亿元');
  });
  it('moves 万元 to 亿元 and 元 to 万元 or 亿元', () => {
    expect(formatValue(250000, '万元')).toBe('25亿元');
    expect(formatValue(35000, '元')).toBe('3.5万元');
    expect(formatValue(300000000, '元')).toBe('3亿元');
  });
  it('keeps counts in their unit with digit grouping', () => {
    expect(formatValue(204, '个')).toBe('204个');
    expect(formatValue(12345, '个')).toBe('12,345个');
  });
});

describe('formatExact', () => {
  it('prints the report value unscaled, grouped, with its unit', () => {
    expect(formatExact(1349084, '亿元')).toBe('1,349,084亿元');
    expect(formatExact(7.9, '%', 1)).toBe('7.9%');
  });
});
