import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/hosting/headers-file.ts';
import { headersFor, parseHeadersFile } from '../../scripts/lib/headers-file.ts';

const files = ['index.html', '404.html', '_astro/page.abc.js', 'macro/index.html', 'figures/fig-1-3/index.html', 'embed/fig-1-3/index.html', 'data/gdp.csv', 'robots.txt', '_headers'];
const text = (base: string) => headersFile({ base, files, csp: "default-src 'self'; frame-ancestors 'none'", embedCsp: "default-src 'self'; frame-ancestors *" });

describe('headersFile', () => {
  it('refuses framing on every path but the embed pages, which any site may frame', () => {
    const rules = parseHeadersFile(text('/'));
    for (const path of ['/', '/index.html', '/404.html', '/macro/', '/figures/fig-1-3/', '/data/gdp.csv', '/robots.txt', '/sw.js']) {
      expect(headersFor(rules, path)['X-Frame-Options'], path).toBe('DENY');
      expect(headersFor(rules, path)['Content-Security-Policy'], path).toBe("default-src 'self'; frame-ancestors 'none'");
    }
    expect(headersFor(rules, '/embed/fig-1-3/')['X-Frame-Options']).toBeUndefined();
    expect(headersFor(rules, '/embed/fig-1-3/')['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors *");
  });

  it('never sets one header twice for a path, as Cloudflare Pages would join both values', () => {
    const rules = parseHeadersFile(text('/'));
    for (const path of ['/', '/macro/', '/embed/fig-1-3/', '/_astro/page.abc.js', '/sw.js']) {
      const matching = rules.filter((r) => r.pattern.test(path)).flatMap((r) => Object.keys(r.headers));
      expect(matching.length, path).toBe(new Set(matching).size);
    }
    expect(headersFor(rules, '/_astro/page.abc.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/sw.js')['Cache-Control']).toBe('no-cache');
    expect(headersFor(rules, '/macro/')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('scopes every rule to the base path', () => {
    const rules = text('/ai-report-2025').split('\n').filter((l) => /^\//.test(l));
    for (const rule of rules) expect(rule.startsWith('/ai-report-2025/'), rule).toBe(true);
    expect(rules).toContain('/ai-report-2025/embed/*');
  });
});
