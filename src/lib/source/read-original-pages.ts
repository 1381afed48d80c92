import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { onceABuild } from '../site/once-a-build.ts';
import { isReportText } from '../site/report-text.ts';
import { mdxSections, originalPages, SOURCE_FILE, type OriginalPages, type ReportTextFile } from './original-pages.ts';

const DOCS = 'src/content/docs';

/**
 * The report text pages as files (isReportText: the chapters, 前言 and 摘要), in reading order. Read from
 * the files rather than the content collection, so the Markdown plugins (astro.config.mjs) can have them too.
 */
function reportTextFiles(root: string): ReportTextFile[] {
  return readdirSync(join(root, DOCS))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const file = `${DOCS}/${name}`;
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(root, file), 'utf8'));
      const chapter = typeof frontmatter.chapter === 'string' ? frontmatter.chapter : undefined;
      const order = (frontmatter.sidebar as { order?: number } | undefined)?.order;
      return { file, slug: name.replace(/\.mdx$/, ''), chapter, order, content };
    })
    .filter((page) => isReportText(page.slug, page.order))
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .map(({ file, slug, chapter, content }) => ({ file, slug, chapter, sections: mdxSections(file, content) }));
}

/** The original pages of the report as built from `root` (the project's directory; default the working directory), read once a build. */
export const readOriginalPages: (root?: string) => OriginalPages = onceABuild(
  (root = process.cwd()) => originalPages(readFileSync(join(root, SOURCE_FILE), 'utf8'), reportTextFiles(root)),
  (root = process.cwd()) => root,
);
