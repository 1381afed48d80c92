import { describe, expect, it } from 'vitest';
import { contentExtent, contentExtentStyle } from '../../src/lib/site/content-extent.ts';

describe('contentExtent(html)', () => {
  it('counts the running text and its blocks, figures’ captions and notes included', () => {
    const html = `
      <h3>政策</h3>
      <p>人工智能 产业</p>
      <figure class="report-figure"><figcaption>图1</figcaption><p class="figure-source">来源</p></figure>
      <ul><li>一</li><li>二</li></ul>`;
    expect(contentExtent(html)).toEqual({ chars: 14, blocks: 6, graphics: 0 });
  });

  it('leaves out what takes no room in the text: a closed table’s body, hidden and screen-reader-only text, anchor links, tooltips', () => {
    const html = `
      <p>正文<span class="sr-only">读屏</span></p>
      <p><span class="glossary-term"><a href="/glossary/#rag">RAG</a><span role="tooltip" class="glossary-tip">检索增强生成</span></span></p>
      <details><summary>数据表</summary><table><tr><td>9.1%</td></tr></table></details>
      <button hidden>复制</button>
      <div class="sl-heading-wrapper"><h2>标题</h2><a class="sl-anchor-link" href="#a"><span>Section titled</span></a></div>`;
    expect(contentExtent(html)).toEqual({ chars: 10, blocks: 4, graphics: 0 });
  });

  it('counts a chart at the height of its taller variant, whatever the text in its SVG', () => {
    const html = `
      <div class="chart">
        <div class="chart-narrow"><svg height="74"><text>0%</text></svg><svg height="120"></svg></div>
        <div class="chart-wide"><svg height="150"><text>0%</text></svg></div>
      </div>`;
    expect(contentExtent(html)).toEqual({ chars: 0, blocks: 0, graphics: 194 });
  });
});

describe('contentExtentStyle(html)', () => {
  it('hands the counts to the stylesheet as custom properties', () => {
    expect(contentExtentStyle('<p>人工智能</p>')).toBe('--extent-chars:4;--extent-blocks:1;--extent-graphics:0');
  });
});
