import { describe, expect, it } from 'vitest';
import { isTableName, textEms } from '../../src/lib/site/table-names.ts';

describe('table names', () => {
  it('measures ideographs and full-width signs as one, Latin letters, digits and spaces as about half', () => {
    expect(textEms('模型类别')).toBe(4);
    expect(textEms('基础：多种')).toBe(5);
    expect(textEms('DeepSeek V2')).toBeCloseTo(11 * 0.55);
  });

  it('takes the report’s short cells for names and its phrases for text', () => {
    expect(['模型类别', '数学推理模型', 'DeepSeek Coder V2', '互联网科技大厂', 'B端与C端', '基础：多种大模型接入'].filter((t) => !isTableName(t))).toEqual([]);
    expect(['集结硬件算力与软件平台的产品', '第一代语音大模型：级联式架构', '', '  '].filter(isTableName)).toEqual([]);
  });
});
