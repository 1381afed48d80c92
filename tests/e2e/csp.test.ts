import { describe, expect, it } from 'vitest';
import { distInChromium } from '../helpers/dist-in-chromium.ts';

// Served as Netlify or Cloudflare Pages would: with the CSP and other headers of dist/_headers.
const site = distInChromium({ withHeadersFile: true });

/** Opens a page with a listener for CSP violations in place before any of its scripts run. */
async function openRecordingViolations(path: string) {
  const context = await site.browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('console', (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(`console: ${m.text()}`));
  const response = await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  return { page, violations, csp: response?.headers()['content-security-policy'], close: () => context.close() };
}

// Every page loads under the CSP in tests/e2e/pages.test.ts; these are the features that fetch or run more later.
describe('interactive features under the site CSP', () => {
  it('search loads Pagefind and its WebAssembly and answers a query without a violation', async () => {
    const { page, violations, close } = await openRecordingViolations('/');
    const index = page.waitForResponse((r) => r.url().includes('/pagefind/') && r.url().endsWith('.pf_fragment'), { timeout: 15_000 });
    await page.keyboard.press('Control+k');
    await page.keyboard.type('算力', { delay: 50 });
    expect((await index).ok()).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await close();
  });

  it('chart tooltips open by keyboard without a violation', async () => {
    const { page, violations, close } = await openRecordingViolations('/macro/');
    await page.locator('.chart .chart-mark[tabindex="0"]').filter({ visible: true }).first().focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.chart-tip:not([hidden])').count()).toBe(1);
    expect(violations).toEqual([]);
    await close();
  });
});
