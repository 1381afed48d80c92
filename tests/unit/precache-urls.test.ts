import { describe, expect, it } from 'vitest';
import { precacheUrls } from '../../src/lib/hosting/precache-urls.ts';

describe('precacheUrls', () => {
  const files = ['index.html', 'macro/index.html', '404.html', '_astro/page.abc.js', 'data/gdp.csv', 'pagefind/pagefind.js', 'pagefind/pagefind-ui.js', 'pagefind/fragment/zh_1.pf_fragment', 'sw.js', '_headers', 'sitemap-0.xml', 'og/macro.png', 'figures/fig-1-3/index.html', 'figures/fig-1-3/fig-1-3-16x9.png', 'figures/fig-1-3/fig-1-3-phone.png', 'figures/fig-1-3/fig-1-3.svg', 'report.pdf'];

  it('lists pages by their directory URL and keeps assets, downloads and the search index', () => {
    expect(precacheUrls(files, '/')).toEqual(['/', '/404.html', '/_astro/page.abc.js', '/data/gdp.csv', '/figures/fig-1-3/', '/macro/', '/pagefind/fragment/zh_1.pf_fragment', '/pagefind/pagefind.js']);
  });

  it('leaves out the worker itself, host config, sitemaps, social cards, Pagefind’s unused UI bundles, figure images and the print edition’s PDF', () => {
    expect(precacheUrls(files, '/')).not.toEqual(expect.arrayContaining(['/sw.js']));
    expect(precacheUrls(files, '/')).not.toEqual(expect.arrayContaining(['/report.pdf']));
    expect(precacheUrls(files, '/').filter((u) => /_headers|sitemap|og\/|pagefind-ui|\.png|\.svg/.test(u))).toEqual([]);
  });

  it('puts every URL under the base path', () => {
    expect(precacheUrls(['index.html', 'macro/index.html'], '/ai-report-2025')).toEqual(['/ai-report-2025/', '/ai-report-2025/macro/']);
  });
});
