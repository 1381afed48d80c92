import { describe, expect, it } from 'vitest';
import { wrapSections } from '../../src/lib/site/wrap-sections.ts';

const heading = (id: string, text: string) =>
  `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}">#</a></div>`;

describe('wrapSections(html)', () => {
  it('wraps each level-2 heading and what follows it up to the next, leaving the text before the first as it is', () => {
    const intro = '<blockquote><p>导语</p></blockquote>\n';
    const first = `${heading('a', '语音')}\n<p>语音模态</p>\n`;
    const second = `${heading('b', '视觉')}\n<ul><li>一</li><li>二</li></ul>\n`;
    const wrapped = wrapSections(intro + first + second);
    expect(wrapped).toBe(
      intro +
        `<section class="chapter-section" style="--extent-chars:6;--extent-blocks:2;--extent-graphics:0">${first}</section>` +
        `<section class="chapter-section" style="--extent-chars:4;--extent-blocks:3;--extent-graphics:0">${second}</section>`,
    );
  });

  it('passes content without level-2 headings through unchanged', () => {
    const html = '<p>术语表</p><dl><dt>大模型</dt><dd>参数规模大的模型</dd></dl>';
    expect(wrapSections(html)).toBe(html);
  });

  it('passes content through when every level-2 heading is nested (the print edition’s chapters)', () => {
    const html = `<section class="print-chapter">${heading('a', '语音')}<p>正文</p></section>`;
    expect(wrapSections(html)).toBe(html);
  });

  it('refuses content where only some level-2 headings are nested: a section cut there would not be well formed', () => {
    const html = `${heading('a', '语音')}<p>正文</p><div>${heading('b', '视觉')}</div>`;
    expect(() => wrapSections(html)).toThrow(/1 of 2 level-2 headings are nested/);
  });
});
