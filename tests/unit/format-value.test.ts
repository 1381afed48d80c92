import { describe, expect, it } from 'vitest';
import { formatValue } from '../../src/lib/format/format-value.ts';

describe('formatValue', () => {
  it('prints percentages with the report precision', () => {
    expect(formatValue(26.2, '%', 1)).toBe('26.2%');
    expect(formatValue(0, '%', 1)).toBe('0.0%');
    expect(formatValue(52, '%')).toBe('52%');
  });
  // The report prints 1349084 under 国内生产总值(亿元) and 250994 under 万元 (source lines 265–271, 1331).
  it('keeps the report’s unit and its plain digits, never moving to a larger unit or grouping digits', () => {
    expect(formatValue(1349084, '亿元')).toBe('1349084亿元');
    expect(formatValue(10863, '亿元')).toBe('10863亿元');
    expect(formatValue(250994, '万元')).toBe('250994万元');
    expect(formatValue(204, '个')).toBe('204个');
  });
});
