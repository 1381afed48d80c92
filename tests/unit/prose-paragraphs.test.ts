import { expect, it } from 'vitest';
import { proseParagraphs } from '../helpers/prose-paragraphs.ts';

const line = (n: number) => '这是一行被拆断的正文，'.repeat(4).slice(0, 40 + n);

it('proseParagraphs joins broken lines across blank lines and drops footers', () => {
  const source = [line(0), '', '7©2025.3 iResearch Inc.   www.iresearch.com.cn', '', line(1), '', '结尾。', '', '短图示'].join('\n');
  expect(proseParagraphs(source)).toEqual([{ line: 1, text: `${line(0)}${line(1)}结尾。` }]);
});

it('proseParagraphs ends a paragraph whose full line closes the sentence', () => {
  const closed = `${line(0).slice(0, -1)}。`;
  expect(proseParagraphs([closed, '', '2.0%'].join('\n'))).toEqual([{ line: 1, text: closed }]);
});

it('proseParagraphs skips source lines and chart label rows', () => {
  const labels = '2014年 2015年 2016年 2017年 2018年 2019年 2020年 2021年 2022年';
  expect(proseParagraphs(['来源：艾瑞咨询研究院自主研究绘制。'.repeat(3), labels].join('\n'))).toEqual([]);
});
