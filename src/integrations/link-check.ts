import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks } from '../lib/hosting/broken-links.ts';
import { PRINT_EDITION } from '../lib/site/print-edition.ts';
import { distFiles } from './dist-files.ts';

/** The source file an author edits for a built page: "macro/index.html" → "src/content/docs/macro.mdx". */
function sourceOf(page: string, projectRoot: string): string {
  const slug = page.replace(/(^|\/)index\.html$/, '').replace(/\.html$/, '') || 'index';
  const candidates = ['mdx', 'md'].flatMap((ext) => [`src/content/docs/${slug}.${ext}`, `src/content/docs/${slug}/index.${ext}`]);
  return candidates.find((c) => existsSync(join(projectRoot, c))) ?? `页面 /${page}`;
}

/** Fails the build when a page links to a page, file or anchor of the site that does not exist. */
export function linkCheck(): AstroIntegration {
  let base = '/';
  let projectRoot = '.';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await distFiles(root);
        const pages = new Map(await Promise.all(files.filter((f) => f.endsWith('.html')).map(async (f) => [f, await readFile(join(root, f), 'utf8')] as const)));
        // The print edition's PDF is the one file a page links to that the build does not write: `npm run pdf`
        // prints it from the built /full/ afterwards (scripts/pdf.ts; CI and the deploy workflow run it). It
        // alone counts as present.
        const broken = brokenLinks(pages, new Set([...files, PRINT_EDITION.pdf]), base);
        if (broken.length > 0) {
          const lines = broken.map((b) => `  ${sourceOf(b.page, projectRoot)}：链接 ${b.href} 指向的${b.reason}`);
          throw new Error(`站内链接失效（${broken.length} 处）：\n${lines.join('\n')}`);
        }
        logger.info(`${pages.size} pages: every internal link and anchor resolves`);
      },
    },
  };
}
