import { describe, expect, it } from 'vitest';
import { cssString, printPageRules } from '../../src/lib/site/print-pages.ts';

describe('printPageRules', () => {
  const rules = printPageRules([
    { page: 'chapter-preface', title: '前言' },
    { page: 'chapter-macro', title: '第01章 中国人工智能产业宏观环境' },
  ]);

  it('numbers every page at its foot but the first, the cover', () => {
    expect(rules).toMatch(/@page \{[^}]*@bottom-center \{ content: counter\(page\);/);
    expect(rules).toMatch(/@page :first \{ @bottom-center \{ content: none; \} \}/);
  });

  it('heads each chapter’s named page with its title', () => {
    expect(rules).toContain('@page chapter-macro { @top-center { content: "第01章 中国人工智能产业宏观环境";');
    expect(rules).toContain('@page chapter-preface { @top-center { content: "前言";');
  });
});

describe('cssString', () => {
  it('escapes quotes and backslashes and writes line breaks as CSS escapes', () => {
    expect(cssString('“AI”与"大模型"\\')).toBe('"“AI”与\\"大模型\\"\\\\"');
    expect(cssString('一\n二')).toBe('"一\\a 二"');
  });
});
