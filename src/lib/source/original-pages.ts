import { ANCHOR_AT_LINE_END } from '../text/heading-anchor.ts';

/**
 * The page of the original PDF each section (slide) and figure of the report comes from. The text
 * extraction kept no page numbers but three page footers (`7©2025.3 iResearch Inc.`, 8 and 12); each
 * slide from the first chapter divider on is one page of the PDF, so pages follow from slide order:
 * counted from the slide the first footer ends, and checked against every other footer (a mismatch
 * fails the build). Slides before the first divider (前言, 摘要, and whatever cover and contents pages
 * the PDF has) are not counted: their pages are not known.
 */

/** The source file, as build errors name it. */
export const SOURCE_FILE = 'source/report-2025.txt';

/** A page footer the extraction kept: its 1-based line and the page number it prints. */
export interface PageFooter {
  line: number;
  page: number;
}

/** A chapter divider slide: the line of its title, its title and the chapter number it prints ("01"). */
export interface ChapterDivider {
  line: number;
  title: string;
  chapter: string;
}

/** A level-2 section of a chapter file: its heading as written and its anchor. */
export interface MdxSection {
  heading: string;
  anchor: string;
}

/** A page of the report's text (src/content/docs): a chapter, or a front page (前言, 摘要) when `chapter` is undefined. */
export interface ReportTextFile {
  /** Its path, as build errors name it. */
  file: string;
  /** Its page slug ("macro"). */
  slug: string;
  chapter: string | undefined;
  sections: MdxSection[];
}

/** A section placed on its slide: the source line of the slide's title and its derived page (undefined: not known). */
export interface PlacedSection extends MdxSection {
  slug: string;
  line: number | undefined;
  page: number | undefined;
}

/** What the derivation found and checked, for the explanation on the page. */
export interface OriginalPages {
  sections: PlacedSection[];
  /** The first chapter divider and its derived page: the first page the derivation counts. */
  firstDivider: ChapterDivider & { page: number };
  /** The pages of chapter dividers, by chapter number. */
  dividerPages: Map<string, number>;
  /** Each footer with the title of the slide it ends; the first is the one pages are counted from. */
  footers: (PageFooter & { slide: string })[];
  /** Chapters that have no divider in the source, whose pages are counted as if the PDF had none either. */
  chaptersWithoutDivider: string[];
}

const FOOTER = /^(\d+)©\d{4}\.\d+ iResearch Inc\./;
const SECTION_HEADING = /^## (.*)$/;
const HEADING_ANCHOR = new RegExp(`^(.*?)${ANCHOR_AT_LINE_END}`);

/** The page footers of the source text. */
export function pageFooters(lines: string[]): PageFooter[] {
  return lines.flatMap((text, i) => {
    const match = FOOTER.exec(text.trim());
    return match ? [{ line: i + 1, page: Number(match[1]) }] : [];
  });
}

/**
 * The chapter dividers of the source text: a title, its question starting with "——" on the next
 * lines, then the chapter number alone on a line ("01"). A number alone without the question before
 * it is a chart value.
 */
export function chapterDividers(lines: string[]): ChapterDivider[] {
  const dividers: ChapterDivider[] = [];
  const nonBlankBefore = (i: number) => {
    for (let j = i - 1; j >= 0; j--) if (lines[j]!.trim()) return j;
    return -1;
  };
  lines.forEach((text, i) => {
    const number = /^(\d{2})$/.exec(text.trim());
    if (!number) return;
    for (let j = nonBlankBefore(i), seen = 0; j >= 0 && seen < 3; j = nonBlankBefore(j), seen++) {
      if (!lines[j]!.trim().startsWith('——')) continue;
      const title = nonBlankBefore(j);
      if (title >= 0) dividers.push({ line: title + 1, title: lines[title]!.trim(), chapter: number[1]! });
      return;
    }
  });
  return dividers;
}

/** The level-2 sections of a chapter file's MDX, each with its anchor; a heading without an anchor fails, naming the file. */
export function mdxSections(file: string, mdx: string): MdxSection[] {
  const parts = mdx.split(/^(?=## )/m).filter((part) => SECTION_HEADING.test(part.split('\n', 1)[0]!));
  return parts.map((part) => {
    const headingLine = part.split('\n', 1)[0]!.slice(3);
    const match = HEADING_ANCHOR.exec(headingLine);
    if (!match) throw new Error(`${file}: the section heading “${headingLine}” has no anchor; write it as "## 标题 {/* #anchor */}".`);
    return { heading: match[1]!, anchor: match[2]! };
  });
}

/**
 * Places each chapter section on its slide: the first line of the source after the previous
 * section's that reads as the section's heading, so a heading the report repeats (语音模态) takes its
 * slides in order. A chapter starts at its divider, or where the chapter numbered before it ends when
 * the source has no divider for it; it ends at the next divider. A section that cannot be placed there
 * fails the build naming the file and the heading.
 */
function placeSections(lines: string[], files: ReportTextFile[], dividers: ChapterDivider[]): Map<MdxSection, number> {
  const placed = new Map<MdxSection, number>();
  const chapters = files.filter((f) => f.chapter !== undefined).sort((a, b) => Number(a.chapter) - Number(b.chapter));
  let previousEnd = 0;
  for (const { file, chapter, sections } of chapters) {
    const divider = dividers.find((d) => d.chapter === chapter);
    const from = divider?.line ?? previousEnd;
    const until = dividers.find((d) => d.line > from)?.line ?? lines.length + 1;
    const part = `${SOURCE_FILE} lines ${from + 1}–${until - 1} (${divider ? `from chapter ${chapter}'s divider` : `chapter ${chapter} has no divider: from the end of the chapter before it`} to the next divider)`;
    let after = from;
    for (const section of sections) {
      const index = lines.findIndex((text, i) => i + 1 > after && i + 1 < until && text.trim() === section.heading);
      if (index < 0) {
        throw new Error(`${file}: section “${section.heading}” (#${section.anchor}) matches no slide title line after line ${after} in ${part}. A section's heading must be its slide's title as the source prints it, the sections in the source's order.`);
      }
      after = index + 1;
      placed.set(section, after);
    }
    previousEnd = after;
  }
  return placed;
}

/**
 * Every report text section with the page of the PDF it comes from. Slides are the chapter dividers
 * and the placed chapter sections, in source order; from the first divider on each is one page,
 * counted from the slide the first footer ends. Every footer must agree, or the build fails naming
 * the source line.
 */
export function originalPages(source: string, files: ReportTextFile[]): OriginalPages {
  const lines = source.split('\n');
  const dividers = chapterDividers(lines);
  const chapters = new Set(files.map((f) => f.chapter).filter((c) => c !== undefined));
  for (const d of dividers) if (!chapters.has(d.chapter)) throw new Error(`${SOURCE_FILE} line ${d.line}: a divider of chapter ${d.chapter} (“${d.title}”), but no chapter file has \`chapter: '${d.chapter}'\`.`);
  const placed = placeSections(lines, files, dividers);
  const slides = [
    ...dividers.map((d) => ({ line: d.line, title: d.title })),
    ...[...placed].map(([section, line]) => ({ line, title: section.heading })),
  ].sort((a, b) => a.line - b.line);
  const footers = pageFooters(lines);
  const first = footers[0];
  const firstDivider = dividers[0];
  if (!first || !firstDivider) throw new Error(`${SOURCE_FILE}: pages are counted from the first chapter divider and the first page footer; found ${dividers.length} dividers and ${footers.length} footers.`);
  const endedBy = (footer: PageFooter) => {
    const index = slides.findLastIndex((s) => s.line < footer.line);
    if (index < 0) throw new Error(`${SOURCE_FILE} line ${footer.line}: the footer of page ${footer.page} ends no slide that pages are counted for.`);
    return index;
  };
  const offset = first.page - endedBy(first);
  const start = slides.findIndex((s) => s.line === firstDivider.line);
  const pageAt = (index: number) => (index >= start ? offset + index : undefined);
  const checked = footers.map((footer) => {
    const index = endedBy(footer);
    const derived = pageAt(index);
    if (derived !== footer.page) {
      throw new Error(`${SOURCE_FILE} line ${footer.line}: the footer says page ${footer.page}, but counting one page a slide from the footer on line ${first.line} gives page ${derived ?? '(not counted)'} for the slide it ends, “${slides[index]!.title}” (line ${slides[index]!.line}). A slide is missing from the chapters, or one slide spans two pages.`);
    }
    return { ...footer, slide: slides[index]!.title };
  });
  const pageOfLine = (line: number) => pageAt(slides.findIndex((s) => s.line === line));
  const sections = files.flatMap(({ slug, sections }) =>
    sections.map((section) => {
      const line = placed.get(section);
      return { ...section, slug, line, page: line === undefined ? undefined : pageOfLine(line) };
    }),
  );
  return {
    sections,
    firstDivider: { ...firstDivider, page: pageOfLine(firstDivider.line)! },
    dividerPages: new Map(dividers.map((d) => [d.chapter, pageOfLine(d.line)!])),
    footers: checked,
    chaptersWithoutDivider: [...chapters].filter((c) => !dividers.some((d) => d.chapter === c)).sort(),
  };
}

/** The pages a chapter spans, its divider included where the source has one; undefined for a front page. */
export function chapterPageRange(pages: OriginalPages, slug: string, chapter: string | undefined): { first: number; last: number } | undefined {
  const own = pages.sections.filter((s) => s.slug === slug).map((s) => s.page);
  if (chapter === undefined || own.some((p) => p === undefined) || own.length === 0) return undefined;
  const numbers = own as number[];
  return { first: pages.dividerPages.get(chapter) ?? Math.min(...numbers), last: Math.max(...numbers) };
}

/** The page a section of a page (by its anchor) stands on, and so every figure in it; undefined where not known. */
export function sectionPage(pages: OriginalPages, slug: string, anchor: string): number | undefined {
  return pages.sections.find((s) => s.slug === slug && s.anchor === anchor)?.page;
}

/** The id of the note that explains the derivation (components/lists/OriginalPagesNote), which every page marker links to. */
export const ORIGINAL_PAGES_ANCHOR = 'original-pages';

/** A page marker's words: "原报告第 7 页", or that the page is not known. */
export const pageMarkerText = (page: number | undefined): string => (page === undefined ? '原报告页码不详' : `原报告第 ${page} 页`);

/** The words of a page marker's link to #original-pages: "本站推算", or "说明" where the page is not known. */
export const pageMarkerLink = (page: number | undefined): string => (page === undefined ? '说明' : '本站推算');
