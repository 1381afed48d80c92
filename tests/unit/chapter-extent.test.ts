import { describe, expect, it } from 'vitest';
import { chapterExtent } from '../../src/lib/site/chapter-extent.ts';

describe('chapterExtent(html)', () => {
  it('counts the text and blocks outside figures, and each figure once', () => {
    const html = `
      <h3>政策</h3>
      <p>人工智能 产业</p>
      <figure class="report-figure"><figcaption>图1</figcaption><p>图中文字</p>
        <figure class="report-diagram"><p>嵌套</p></figure></figure>
      <ul><li>一</li><li>二</li></ul>
      <div class="cagr-formula">CAGR</div>`;
    expect(chapterExtent(html)).toEqual({ chars: 10, blocks: 4, figures: 2 });
  });

  it('counts a tree diagram as text: it is laid out with the chapter', () => {
    const html = `<figure class="report-diagram" data-kind="tree"><figcaption>图谱</figcaption><ul><li>算力</li></ul></figure>`;
    expect(chapterExtent(html)).toEqual({ chars: 4, blocks: 2, figures: 0 });
  });
});
