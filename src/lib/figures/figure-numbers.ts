/** A figure number as a file claims it: "图1-3" in src/content/datasets/gdp-2014-2024.json. */
export interface ClaimedNumber {
  /** The file that claims the number, as the author opens it. */
  file: string;
  /** The number, e.g. "图1-3". */
  figure: string;
}

/** The numbered figures a chapter page shows, in the order it shows them. */
export interface ChapterFigures {
  /** The page's file, as the author opens it. */
  file: string;
  /** The chapter number the page prints, e.g. "01". */
  chapter: string;
  /** The figure numbers of the figures the page shows, top to bottom, each with its file. */
  figures: ClaimedNumber[];
}

/**
 * A figure number is an identity (its anchor, URL, file names and citations derive from it): each must
 * be claimed by one file, and each chapter's figures numbered 图N-1, 图N-2… in the order its page shows
 * them. Messages name every file involved.
 */
export function figureNumberProblems(claims: ClaimedNumber[], chapters: ChapterFigures[]): string[] {
  const problems: string[] = [];
  const byNumber = Map.groupBy(claims, (c) => c.figure);
  for (const [figure, holders] of byNumber) {
    if (holders.length > 1) problems.push(`${figure} 被多个文件使用：${holders.map((h) => h.file).join('、')}；图号须唯一`);
  }
  const shown = new Set<string>();
  for (const chapter of chapters) {
    chapter.figures.forEach((claim, i) => {
      shown.add(claim.figure);
      const expected = `图${Number(chapter.chapter)}-${i + 1}`;
      if (claim.figure !== expected) {
        problems.push(`${chapter.file}：第${chapter.chapter}章的第${i + 1}张图应为 ${expected}，得到 ${claim.figure}（${claim.file}）`);
      }
    });
  }
  for (const claim of claims) {
    if (!shown.has(claim.figure)) problems.push(`${claim.file}：${claim.figure} 不在任何章节页面中；图号须是所在章节页面中的顺序号`);
  }
  return problems;
}
