import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST, readPage, requireDist } from '../helpers/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import type { Browser } from 'playwright-core';

// Another site embeds a figure: the built site is served with dist/_headers (as Netlify or Cloudflare Pages
// serve it) and a host page comes from another loopback origin, with the snippet the chapter page offers.
// The snippet names the site by the origin the build was given (SITE_URL), so the browser's requests to that
// origin are answered by the server of dist/.

let browser: Browser;
let site: Server;
let host: Server;
let siteOrigin: string;
let hostOrigin: string;
/** The host page each test sets: its body's HTML. */
let hostBody = '';

/** The snippet the chapter page offers for a figure, as a reader copies it from its 嵌入 panel. */
async function offeredSnippet(chapter: string, anchor: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(`${siteOrigin}/${chapter}/`);
  const code = await page.locator(`#${anchor} pre.figure-embed-code`).textContent();
  await page.close();
  return code!;
}

/** The origin the build wrote into its absolute URLs (SITE_URL), from a figure page's canonical link. */
const builtOrigin = () => new URL(readPage('figures/fig-1-3/index.html').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;

beforeAll(async () => {
  requireDist();
  let origin: string;
  ({ origin, server: site } = await serveStatic(DIST, '/', { withHeadersFile: true }));
  siteOrigin = origin;
  host = createServer((_, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><p>A news story.</p>${hostBody}</body></html>`);
  });
  // "localhost" is another origin than the site's server (127.0.0.1) and than the build's SITE_URL port.
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  site?.close();
  host?.close();
});

/** Opens the host page with `body` in a context whose requests to the built origin go to dist/'s server; records problems in every frame. */
async function openHost(body: string, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; context: BrowserContext; problems: string[]; refusals: string[] }> {
  hostBody = body;
  const context = await browser.newContext({ colorScheme, viewport: { width: 800, height: 900 } });
  const built = builtOrigin();
  expect(built).not.toBe(hostOrigin);
  await context.route(`${built}/**`, async (route) => {
    const response = await route.fetch({ url: siteOrigin + new URL(route.request().url()).pathname + new URL(route.request().url()).search });
    await route.fulfill({ response });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (/frame-ancestors|X-Frame-Options/.test(m.text())) refusals.push(m.text());
    else if (m.type() === 'error' || /Content.Security.Policy/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.exposeFunction('reportViolation', (v: string) => problems.push(`CSP: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  await page.goto(`${hostOrigin}/`, { waitUntil: 'networkidle' });
  return { page, context, problems, refusals };
}

const embedFrame = (page: Page, path: string): Frame => {
  const frame = page.frames().find((f) => new URL(f.url()).pathname === path);
  if (!frame) throw new Error(`no frame at ${path}: ${page.frames().map((f) => f.url()).join(', ')}`);
  return frame;
};

describe('a figure embedded in another site', () => {
  it('renders its chart in the frame, whose height follows its content, with no CSP violation', async () => {
    const snippet = await offeredSnippet('macro', 'fig-1-3');
    const { page, context, problems } = await openHost(snippet);
    const iframe = page.locator('iframe');
    // The height the snippet starts the frame at, before the embed page reports its own.
    const initial = Number(/ height="(\d+)"/.exec(snippet)![1]);
    const frame = embedFrame(page, '/embed/fig-1-3/');
    // Charts are drawn for two column widths (lib/plot/chart-widths.ts); the one that fits is shown.
    await frame.locator('svg').filter({ visible: true }).first().waitFor({ state: 'visible' });
    expect(await frame.locator('figcaption').textContent()).toContain('图1-3');
    expect(await frame.locator('.figure-source').textContent()).toMatch(/^来源：/);
    // The listener set the frame to the page's own height: no inner scrollbar, no empty band.
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).not.toBe(initial);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(content);
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('follows the frame when it narrows (the content grows taller)', async () => {
    const { page, context } = await openHost(await offeredSnippet('industry-value', 'diagram-industry-map-2024'));
    const iframe = page.locator('iframe');
    const frame = embedFrame(page, '/embed/diagram-industry-map-2024/');
    await frame.locator('figcaption').waitFor();
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height)));
    const wide = Number(await iframe.getAttribute('height'));
    await page.setViewportSize({ width: 360, height: 900 });
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(wide);
    await context.close();
  });

  it('takes the dark theme from ?theme=dark, and from a dark host preference', async () => {
    const snippet = await offeredSnippet('macro', 'fig-1-3');
    const colours = async (frame: Frame) =>
      frame.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        background: getComputedStyle(document.body).backgroundColor,
        chart: getComputedStyle(document.documentElement).getPropertyValue('--chart-1').trim(),
      }));
    const light = await openHost(snippet);
    const lightColours = await colours(embedFrame(light.page, '/embed/fig-1-3/'));
    expect(lightColours.theme).toBe('light');
    expect(lightColours.background).toBe('rgb(255, 255, 255)');
    await light.context.close();

    const asked = await openHost(snippet.replace('/embed/fig-1-3/"', '/embed/fig-1-3/?theme=dark"'));
    const darkColours = await colours(embedFrame(asked.page, '/embed/fig-1-3/'));
    expect(darkColours.theme).toBe('dark');
    expect(darkColours.chart).not.toBe(lightColours.chart);
    const [r, g, b] = darkColours.background.match(/\d+/g)!.map(Number);
    expect(Math.max(r!, g!, b!)).toBeLessThan(60);
    expect(asked.problems).toEqual([]);
    await asked.context.close();

    const preferring = await openHost(snippet, 'dark');
    expect((await colours(embedFrame(preferring.page, '/embed/fig-1-3/'))).theme).toBe('dark');
    await preferring.context.close();

    const overriding = await openHost(snippet.replace('/embed/fig-1-3/"', '/embed/fig-1-3/?theme=light"'), 'dark');
    expect((await colours(embedFrame(overriding.page, '/embed/fig-1-3/'))).theme).toBe('light');
    await overriding.context.close();
  });

  it('a chapter page and a figure page refuse to be framed by another site', async () => {
    const built = builtOrigin();
    const { page, context, refusals } = await openHost(`<iframe src="${built}/macro/" title="chapter"></iframe><iframe src="${built}/figures/fig-1-3/" title="figure page"></iframe>`);
    // Each frame holds Chromium's error page, not its document.
    for (const title of ['chapter', 'figure page']) {
      const frame = await (await page.locator(`iframe[title="${title}"]`).elementHandle())!.contentFrame();
      expect(frame, title).not.toBeNull();
      expect(await frame!.evaluate(() => document.querySelector('main') !== null).catch(() => false), title).toBe(false);
    }
    expect(refusals.length).toBe(2);
    expect(refusals.join('\n')).toContain("frame-ancestors 'none'");
    await context.close();
  });
});
