import { describe, expect, it } from 'vitest';
import { withSectionExtents } from '../../src/lib/site/chapter-sections.ts';

describe('withSectionExtents(html)', () => {
  it('gives each section the counts of what it holds, changing nothing but the opening tags', () => {
    const intro = '<blockquote><p>导语</p></blockquote>\n';
    const first = '<h2 id="a">语音</h2>\n<p>语音模态</p>\n';
    const second = '<h2 id="b">视觉</h2>\n<ul><li>一</li><li>二</li></ul>\n';
    const html = `${intro}<section class="chapter-section">${first}</section><section class="chapter-section">${second}</section>`;
    expect(withSectionExtents(html)).toBe(
      intro +
        `<section class="chapter-section" style="--extent-chars:6;--extent-blocks:2;--extent-graphics:0">${first}</section>` +
        `<section class="chapter-section" style="--extent-chars:4;--extent-blocks:3;--extent-graphics:0">${second}</section>`,
    );
  });

  it('passes content without sections through unchanged', () => {
    const html = '<p>术语表</p><dl><dt>大模型</dt><dd>参数规模大的模型</dd></dl>';
    expect(withSectionExtents(html)).toBe(html);
  });

  it('refuses an opening tag that is not a section element (quoted in an attribute, say): the counts would land on the wrong sections', () => {
    const html = '<section class="chapter-section"><h2>甲</h2></section><p title=\'<section class="chapter-section">\'>乙</p>';
    expect(() => withSectionExtents(html)).toThrow(/1 chapter sections parsed but 2 opening tags/);
  });
});
