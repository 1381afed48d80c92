import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { onceABuild } from '../site/once-a-build.ts';
import { mdxSections, originalPages, SOURCE_FILE, type OriginalPages, type ReportTextFile } from './original-pages.ts';

const DOCS = 'src/content/docs';

/**
 * The report text pages as files: each chapter (frontmatter `chapter`) and each front page, a page
 * without a chapter ordered before the first chapter (前言, 摘要), the cover aside. Read from the files
 * rather than the content collection, so the Markdown plugins (astro.config.mjs) can have them too.
 */
function reportTextFiles(root: string): ReportTextFile[] {
  const pages = readdirSync(join(root, DOCS))
    .filter((name) => name.endsWith('.mdx') && name !== 'index.mdx')
    .map((name) => {
      const file = `${DOCS}/${name}`;
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
      const chapter = typeof frontmatter.chapter === 'string' ? frontmatter.chapter : undefined;
      const order = Number((frontmatter.sidebar as { order?: number } | undefined)?.order ?? Infinity);
      return { file, slug: name.replace(/\.mdx$/, ''), chapter, order, content };
    });
  const firstChapter = Math.min(...pages.filter((p) => p.chapter !== undefined).map((p) => p.order));
  return pages
    .filter((p) => p.chapter !== undefined || p.order < firstChapter)
    .map(({ file, slug, chapter, content }) => ({ file, slug, chapter, sections: mdxSections(file, content) }));
}

/** The original pages of the report as built from `root` (the project's directory; default the working directory), read once a build. */
export const readOriginalPages: (root?: string) => OriginalPages = onceABuild(
  (root = process.cwd()) => originalPages(readFileSync(join(root, SOURCE_FILE), 'utf8'), reportTextFiles(root)),
  (root = process.cwd()) => root,
);
