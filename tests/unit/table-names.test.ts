import { describe, expect, it } from 'vitest';
import { isTableName } from '../../src/lib/site/table-names.ts';

describe('table names', () => {
  it('takes the report’s short cells for names and its phrases for text', () => {
    expect(['模型类别', '数学推理模型', 'DeepSeek Coder V2', '互联网科技大厂', 'B端与C端', '基础：多种大模型接入'].filter((t) => !isTableName(t))).toEqual([]);
    expect(['集结硬件算力与软件平台的产品', '第一代语音大模型：级联式架构', '', '  '].filter(isTableName)).toEqual([]);
  });
});
