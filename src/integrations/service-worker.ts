import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheUrls } from '../lib/hosting/precache-urls.ts';
import { distFiles } from './dist-files.ts';

const WORKER = new URL('../service-worker/worker.js', import.meta.url);

/**
 * Writes `sw.js` into a built site: the worker code with this deploy's file list and a version
 * that is a hash of every file's content, so any change to the site is a new version and an
 * unchanged rebuild is the same one. Exported for tests that simulate a new deploy.
 */
export async function writeServiceWorker(root: string, base: string): Promise<{ version: string; urls: string[] }> {
  const files = await distFiles(root);
  const urls = precacheUrls(files, base);
  const hash = createHash('sha256');
  for (const file of files.filter((f) => f !== 'sw.js')) hash.update(file).update(await readFile(join(root, file)));
  const version = hash.digest('hex').slice(0, 16);
  const worker = await readFile(WORKER, 'utf8');
  await writeFile(join(root, 'sw.js'), `const VERSION = '${version}';\nconst PRECACHE = ${JSON.stringify(urls)};\n${worker}`);
  return { version, urls };
}

/** Offline reading: after the build (and after Pagefind has indexed it), adds the service worker. */
export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { version, urls } = await writeServiceWorker(fileURLToPath(dir), base);
        logger.info(`sw.js ${version}: ${urls.length} URLs precached for offline reading`);
      },
    },
  };
}
