import type { Server } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { DIST, requireDist } from './dist.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';

/**
 * For a browser test file: serves the built dist/ from a local server and launches Chromium
 * before its tests, and stops both after them. `withHeadersFile` serves dist/_headers as
 * Netlify or Cloudflare Pages would. Read `browser` and `origin` inside tests, once started.
 */
export function distInChromium(options: { withHeadersFile?: boolean } = {}) {
  const site = {} as { browser: Browser; origin: string };
  let server: Server | undefined;
  beforeAll(async () => {
    requireDist();
    let origin: string;
    ({ origin, server } = await serveStatic(DIST, '/', options));
    site.origin = origin;
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    server?.close();
  });
  return site;
}
