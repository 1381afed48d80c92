import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalPages, type ReportTextFile } from '../../src/lib/source/original-pages.ts';
import { readOriginalPages } from '../../src/lib/source/read-original-pages.ts';
import { FOOTERS, SOURCE_LINES as SOURCE } from '../helpers/source-footers.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Every chapter section heading written in the chapter files ("## 标题 {/* #anchor *\/}"), with its page's slug. */
const HEADINGS = readdirSync(join(ROOT, 'src/content/docs')).flatMap((name) =>
  [...readFileSync(join(ROOT, 'src/content/docs', name), 'utf8').matchAll(/^## (.+?) \{\/\* #([a-z0-9-]+) \*\/\}$/gm)].map((m) => ({ slug: name.replace(/\.mdx$/, ''), text: m[1]!, anchor: m[2]! })),
);

describe('the derived pages against the page footers of the source', () => {
  it('finds the three footers the extraction kept', () => {
    expect(FOOTERS.map((f) => f.line)).toEqual([224, 277, 646]);
  });

  it.each(FOOTERS)('the slide the footer on line $line ends is page $page', ({ line, page }) => {
    // The slide a footer ends: the last line before it that is a chapter section's heading.
    const titleLine = SOURCE.slice(0, line - 1).findLastIndex((text) => HEADINGS.some((h) => h.text === text.trim()));
    const heading = HEADINGS.find((h) => h.text === SOURCE[titleLine]!.trim())!;
    const derived = readOriginalPages(ROOT).sections.find((s) => s.slug === heading.slug && s.anchor === heading.anchor)!;
    expect(derived.line).toBe(titleLine + 1);
    expect(derived.page).toBe(page);
  });

  it('leaves the pages before the first chapter divider unknown: 前言 and 摘要', () => {
    const pages = readOriginalPages(ROOT);
    const unknown = [...new Set(pages.sections.filter((s) => s.page === undefined).map((s) => s.slug))].sort();
    expect(unknown).toEqual(['abstract', 'preface']);
    // The first divider is the slide before the one the first footer ends.
    expect(pages.firstDivider).toMatchObject({ line: 106, chapter: '01', page: FOOTERS[0]!.page - 1 });
  });
});

describe('originalPages on a made-up source', () => {
  const source = ['前言', '', '第一章', '——问题？', '', '01', '甲', '正文', '1©2025.3 iResearch Inc.', '乙', '正文', '2©2025.3 iResearch Inc.', '丙'].join('\n');
  const chapter = (headings: string[]): ReportTextFile => ({ file: 'src/content/docs/one.mdx', slug: 'one', chapter: '01', sections: headings.map((heading, i) => ({ heading, anchor: `s${i}` })) });

  it('counts one page a slide from the first footer, the divider included', () => {
    const pages = originalPages(source, [chapter(['甲', '乙', '丙'])]);
    expect(pages.sections.map((s) => s.page)).toEqual([1, 2, 3]);
    expect(pages.firstDivider.page).toBe(0);
  });

  it('fails naming the file and the heading when a section matches no slide', () => {
    expect(() => originalPages(source, [chapter(['甲', '丁', '丙'])])).toThrow(/src\/content\/docs\/one\.mdx: section “丁” \(#s1\) matches no slide title line/);
  });

  it('fails naming the source line when a footer disagrees with the slide order', () => {
    // 乙 missing from the chapter: the footer of page 2 would end 甲, counted as page 1.
    expect(() => originalPages(source, [chapter(['甲', '丙'])])).toThrow(/source\/report-2025\.txt line 12: the footer says page 2, but .* gives page 1/);
  });
});
