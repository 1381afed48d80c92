import { getCollection } from 'astro:content';
import { citedFigures, type FigureKind, type SectionHeading } from '../figures/cited-figures.ts';
import { chartAnchor, diagramAnchor, timelineAnchor } from '../figures/figure-id.ts';
import { onceABuild } from '../site/once-a-build.ts';
import { sectionLabel } from '../site/section-topics.ts';
import { sectionPage } from '../source/original-pages.ts';
import { readOriginalPages } from '../source/read-original-pages.ts';
import { figureIndex } from './figure-index.ts';
import { reportChapters } from './report-chapters.ts';

/** One figure of the report, whatever its kind, with the page that shows it. */
export interface FigureRecord {
  kind: FigureKind;
  /** Its data file's name in src/content/datasets/, diagrams/ or events/. */
  id: string;
  /** Its anchor on its chapter page and the name of its own pages (lib/figures/figure-id.ts). */
  anchor: string;
  /** The report's figure number ("图1-3"); charts only. */
  number: string | undefined;
  /** What stands before its title: its number, or "时间线"; none for a diagram. */
  label: string | undefined;
  /** The title as the report prints it. */
  title: string;
  /** The unit its values are stated in; charts only. */
  unit: string | undefined;
  /** Its 来源 line, without "来源：". */
  source: string;
  /** The chapter page that shows it: slug and title. */
  page: { slug: string; title: string };
  /** The chapter section it stands in: its heading's anchor, and its text with its topic where the heading repeats. */
  section: SectionHeading;
  /** The page of the original PDF it comes from, derived from slide order (lib/source/original-pages.ts); undefined where not known. */
  originalPage: number | undefined;
}

export const TIMELINE_KIND = '时间线';

/**
 * Every figure the report's chapters show, in reading order (chapter by chapter, as each page shows
 * them). Chart numbers are checked as figureIndex checks them; a figure no chapter shows is not listed.
 */
export const allFigures: () => Promise<FigureRecord[]> = onceABuild(readAllFigures);

async function readAllFigures(): Promise<FigureRecord[]> {
  const charts = new Map((await figureIndex()).map((f) => [f.id, f.dataset]));
  const diagrams = new Map((await getCollection('diagrams')).map((d) => [d.id, d.data]));
  const timelines = new Map((await getCollection('events')).map((t) => [t.id, t.data]));
  const pages = readOriginalPages();
  const records: FigureRecord[] = [];
  for (const chapter of await reportChapters()) {
    const page = { slug: chapter.id, title: chapter.data.title };
    for (const { kind, id, section: heading } of citedFigures(chapter.body ?? '')) {
      // Every figure's own page names its section; a figure above a chapter's first heading has none to name.
      if (!heading) throw new Error(`${chapter.filePath}: <${kind}> ${id} stands before the page's first section heading (## 标题 {/* #anchor */})`);
      // A figure comes from its section's slide.
      const originalPage = sectionPage(pages, chapter.id, heading.anchor);
      const section = { anchor: heading.anchor, title: sectionLabel(heading.title, chapter.data.topics[heading.anchor]) };
      if (kind === 'chart') {
        const d = charts.get(id);
        if (d) records.push({ kind, id, anchor: chartAnchor(d.figure), number: d.figure, label: d.figure, title: d.title, unit: d.unit, source: d.source, page, section, originalPage });
      } else if (kind === 'diagram') {
        const d = diagrams.get(id);
        if (d) records.push({ kind, id, anchor: diagramAnchor(id), number: undefined, label: undefined, title: d.title, unit: undefined, source: d.source, page, section, originalPage });
      } else {
        const t = timelines.get(id);
        if (t) records.push({ kind, id, anchor: timelineAnchor(id), number: undefined, label: TIMELINE_KIND, title: t.title, unit: undefined, source: t.source, page, section, originalPage });
      }
    }
  }
  return records;
}
