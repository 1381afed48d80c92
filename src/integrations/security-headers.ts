import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy } from '../lib/hosting/content-security-policy.ts';
import { headersFile } from '../lib/hosting/headers-file.ts';
import { inlineScriptHashes } from '../lib/hosting/inline-script-hashes.ts';
import { distFiles } from './dist-files.ts';

// Starlight writes the tag self-closed, Astro's own pages (the embed pages) without the slash.
const CHARSET = /<meta charset="utf-8"\/?>/;

/**
 * After the build: hashes every inline script of every page into one Content Security Policy,
 * writes it into `_headers` (Netlify, Cloudflare Pages) and into a <meta> tag on each page, so
 * hosts that set no headers (GitHub Pages, a bare S3 bucket) enforce it too. The <meta> form cannot
 * say who may frame a page (browsers ignore frame-ancestors there): only `_headers` refuses framing,
 * on every page but the embed pages.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await distFiles(root);
        const pages = files.filter((f) => f.endsWith('.html'));
        const html = new Map(await Promise.all(pages.map(async (p) => [p, await readFile(join(root, p), 'utf8')] as const)));
        const scriptHashes = [...html.values()].flatMap(inlineScriptHashes);
        const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy({ scriptHashes, meta: true })}"/>`;
        for (const [page, text] of html) {
          if (!CHARSET.test(text)) throw new Error(`security-headers: ${page} has no <meta charset="utf-8"> to put the CSP after`);
          await writeFile(join(root, page), text.replace(CHARSET, (charset) => charset + meta));
        }
        const csp = contentSecurityPolicy({ scriptHashes });
        const embedCsp = contentSecurityPolicy({ scriptHashes, framedBy: 'any' });
        await writeFile(join(root, '_headers'), headersFile({ base, files, csp, embedCsp }));
        logger.info(`CSP allows ${new Set(scriptHashes).size} inline script hashes; written to _headers and ${pages.length} pages`);
      },
    },
  };
}
