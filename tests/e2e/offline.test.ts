import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST, requireDist } from '../helpers/dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

// Two deploys of the site: the build as it is, and the same build with one page changed, as a
// later deploy would ship it (with its own sw.js, written by the real generator).
const OUT = join(import.meta.dirname, '__output__/offline');
const DEPLOY = { first: join(OUT, 'first'), second: join(OUT, 'second') };
const LIVE = join(OUT, 'live');
const MARK = '第二次部署的内容';

let browser: Browser;
let context: BrowserContext;
let server: Server;
let origin: string;
let versions: { first: string; second: string };
let precached: string[];

beforeAll(async () => {
  requireDist();
  rmSync(OUT, { recursive: true, force: true });
  cpSync(DIST, DEPLOY.first, { recursive: true });
  cpSync(DIST, DEPLOY.second, { recursive: true });
  const page = join(DEPLOY.second, 'macro/index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', `<p id="deploy-mark">${MARK}</p></main>`));
  const first = await writeServiceWorker(DEPLOY.first, '/');
  const second = await writeServiceWorker(DEPLOY.second, '/');
  versions = { first: first.version, second: second.version };
  precached = first.urls;
  // One server whose files are switched from the first deploy to the second, like a host's.
  deploy('first');
  ({ origin, server } = await serveStatic(LIVE));
  browser = await launchChromium();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(OUT, { recursive: true, force: true });
});

function deploy(which: keyof typeof DEPLOY): void {
  rmSync(LIVE, { recursive: true, force: true });
  cpSync(DEPLOY[which], LIVE, { recursive: true });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe('offline reading', () => {
  it('one visit to the cover stores every page, asset, download and the search index', async () => {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([`report-${versions.first}`]);
    const stored = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), `report-${versions.first}`);
    expect(stored.sort()).toEqual(expect.arrayContaining(precached));
    expect(precached).toEqual(expect.arrayContaining(['/macro/', '/data/gdp-2014-2024.csv', '/data/report-datasets.zip', '/pagefind/pagefind.js']));
    await page.close();
  });

  it('with the network cut, pages never opened, data downloads and search still work', async () => {
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(`${origin}/macro/`);
    await expect(page.locator('h1').first().textContent()).resolves.toContain('宏观环境');
    expect(await page.locator('svg').count()).toBeGreaterThan(5);
    const csv = await page.evaluate(async () => (await fetch('/data/gdp-2014-2024.csv')).text());
    expect(csv).toContain('2024');
    // A string, so vitest leaves the browser's own import() alone.
    const hits = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('算力');
      return Promise.all(search.results.slice(0, 5).map(async (r) => (await r.data()).url));
    })()`);
    expect(hits.length).toBeGreaterThan(0);
    const missing = await page.goto(`${origin}/no-such-page/`);
    expect(await missing?.text()).toContain('页面未找到');
    await page.close();
    await context.setOffline(false);
  });

  it('a new deploy replaces the cache once the old pages are closed, and is what reads offline', async () => {
    deploy('second');
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    // The new worker waits while a page of the first deploy is open.
    await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 30_000 }).toBe(true);
    expect(await cacheNames(page)).toContain(`report-${versions.first}`);
    await page.close();
    // A reader coming back later: each visit is a page opened and closed, until the new worker is in charge.
    const visit = async () => {
      const later = await context.newPage();
      await later.goto(`${origin}/`);
      const names = await cacheNames(later);
      await later.close();
      return names;
    };
    await expect.poll(visit, { timeout: 30_000 }).toEqual([`report-${versions.second}`]);
    const next = await context.newPage();
    await context.setOffline(true);
    await next.goto(`${origin}/macro/`);
    expect(await next.locator('#deploy-mark').textContent()).toBe(MARK);
    await context.setOffline(false);
    await next.close();
  });
});
