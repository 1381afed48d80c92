import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/hosting/broken-links.ts';

const pages = new Map([
  ['index.html', '<a href="/macro/">章</a><a href="/macro/#policy">节</a><a href="#top" id="top">顶</a><a href="https://www.iresearch.com.cn/">艾瑞</a>'],
  ['macro/index.html', '<h2 id="policy">政策</h2><a href="../data/gdp.csv">CSV</a><a href="/macro/#no-such">坏锚点</a><a href="/nope/">坏页</a>'],
]);
const files = new Set(['index.html', 'macro/index.html', 'data/gdp.csv']);

describe('brokenLinks', () => {
  it('finds links to missing pages and anchors, and passes pages, files and anchors that exist', () => {
    expect(brokenLinks(pages, files, '/')).toEqual([
      { page: 'macro/index.html', href: '/macro/#no-such', reason: '锚点不存在' },
      { page: 'macro/index.html', href: '/nope/', reason: '页面或文件不存在' },
    ]);
  });

  it('counts a root-relative link that escapes the base path as broken', () => {
    const site = new Map([['index.html', '<a href="/ai-report-2025/">首页</a><a href="/macro/">漏了子路径</a>']]);
    expect(brokenLinks(site, new Set(['index.html']), '/ai-report-2025/')).toEqual([{ page: 'index.html', href: '/macro/', reason: '页面或文件不存在' }]);
  });
});
