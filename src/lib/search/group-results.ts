import { descriptionId, figureNumberOf, titleId } from '../figures/figure-id.ts';
import { figureNumberQuery } from './figure-number-query.ts';
import { longestRun } from './longest-run.ts';
import type { PagefindPage, PagefindWeightedLocation } from './pagefind-types.ts';
import { isHeading, passageExcerpt, passageOpening, passages } from './passages.ts';
import { queryPieces } from './query-pieces.ts';
import { sectionLabel, topicMetaKey } from '../site/section-topics.ts';

/** One place on a page a query leads to: a section (by its heading) or a figure. */
export interface SearchHit {
  /** Page URL with the section's or figure's fragment. */
  url: string;
  /** The heading's text, or the figure's number and the heading of its section. */
  title: string;
  /** HTML excerpt with matched words in <mark> (Pagefind's, for the section). */
  excerpt: string;
  kind: 'section' | 'figure';
  /** Holds the whole query, not only some of the pieces Pagefind split it into. */
  exact: boolean;
  /** Relevance: Pagefind's word scores, multiplied where the whole query appears. */
  score: number;
}

/** A chapter page with its matching sections and figures, best first. */
export interface ChapterGroup {
  url: string;
  title: string;
  /** The page's chapter filter value ("第01章 …"), if it is a chapter. */
  chapter?: string;
  hits: SearchHit[];
}

// Multipliers chosen against tests/search/queries.ts (see docs/search-quality.md).
/** The section's heading contains the whole query: the section is about it. */
const HEADING_PHRASE = 10;
/** The whole query appears as consecutive words in the section or figure. */
const BODY_PHRASE = 3;
/** A page's lead (summary, keyword list) only mentions topics that sections treat. */
const PAGE_LEAD = 0.4;
/** A figure is listed below the section that holds it unless its title or number matches. */
const FIGURE_IN_SECTION = 0.9;
/** A figure named by its number. */
const NAMED_FIGURE = 1000;

const plain = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, '').toLowerCase();
const sum = (locations: PagefindWeightedLocation[]) => locations.reduce((t, l) => t + l.balanced_score, 0);

/**
 * Pagefind's page results turned into chapters with sections and figures,
 * ranked so that the section or figure about the query comes first: word
 * scores summed per section, multiplied where the section's heading or text
 * holds the whole query (Pagefind matches a Chinese query piece by piece).
 */
export function groupResults(query: string, pages: PagefindPage[]): ChapterGroup[] {
  const phrase = plain(query);
  const pieces = Math.max(1, queryPieces(query));
  const namedFigure = figureNumberQuery(query);
  const groups = pages.map((page): ChapterGroup => {
    const own = passages(page);
    // Each result's own passage around the match; Pagefind's excerpt where the page's text has no such place.
    const excerptOf = (id: string | undefined, fallback: string) => (id ? passageExcerpt(own.get(id), query) : undefined) ?? fallback;
    const hits: SearchHit[] = page.sub_results.map((sub) => {
      const lead = sub.anchor?.id === '_top' || sub.url.endsWith('#_top') || !sub.url.includes('#');
      const excerpt = excerptOf(sub.anchor?.id ?? (lead ? '_top' : undefined), sub.excerpt);
      const aboutIt = plain(sub.title).includes(phrase);
      const inText = (pieces > 1 && longestRun(sub.locations) >= pieces) || plain(excerpt).includes(phrase);
      const score = sum(sub.weighted_locations) * (aboutIt ? HEADING_PHRASE : inText ? BODY_PHRASE : 1) * (lead && !aboutIt ? PAGE_LEAD : 1);
      const title = sectionLabel(sub.title, sub.anchor && page.meta[topicMetaKey(sub.anchor.id)]);
      return { url: sub.url, title, excerpt, kind: 'section', exact: aboutIt || inText, score };
    });
    const base = page.url.split('#')[0];
    const boundaries = page.anchors.filter((a) => isHeading(a) || a.element === 'figure').sort((a, b) => a.location - b.location);
    const words = page.sub_results.flatMap((s) => s.weighted_locations);
    const pageHasPhrase = hits.some((h) => h.exact);
    boundaries.forEach((anchor, i) => {
      if (anchor.element !== 'figure') return;
      const end = boundaries[i + 1]?.location ?? Infinity;
      const inside = words.filter((w) => w.location >= anchor.location && w.location < end);
      const named = anchor.id === namedFigure;
      if (inside.length === 0 && !named) return;
      const section = [...boundaries.slice(0, i)].reverse().find(isHeading);
      const number = figureNumberOf(anchor.id);
      const phraseHere = pieces > 1 ? longestRun(inside.map((w) => w.location)) >= pieces : pageHasPhrase;
      // The caption's title lies between the title's and the description's anchors.
      const titleStart = page.anchors.find((a) => a.id === titleId(anchor.id))?.location ?? anchor.location;
      const titleEnd = page.anchors.find((a) => a.id === descriptionId(anchor.id))?.location ?? titleStart;
      const inTitle = inside.filter((w) => w.location >= titleStart && w.location < titleEnd).map((w) => w.location);
      const aboutIt = inTitle.length > 0 && longestRun(inTitle) >= pieces;
      // A figure's words are also its section's, so only a title or a number puts it above the section.
      const multiplier = named ? NAMED_FIGURE : aboutIt ? HEADING_PHRASE : phraseHere ? BODY_PHRASE * FIGURE_IN_SECTION : FIGURE_IN_SECTION;
      const score = (sum(inside) + (named ? 1 : 0)) * multiplier;
      const excerpt = excerptOf(anchor.id, page.sub_results.find((s) => s.anchor?.id === section?.id)?.excerpt ?? '');
      // A numbered figure is named by number and title, a diagram or timeline by its title alone.
      const title = [number, page.meta[anchor.id]].filter(Boolean).join(' ');
      hits.push({ url: `${base}#${anchor.id}`, title, excerpt, kind: 'figure', exact: named || aboutIt || phraseHere, score });
    });
    hits.sort((a, b) => b.score - a.score);
    // A section whose match lies in one of its figures would show the figure's excerpt twice: the lower
    // of the two shows the start of its own text instead.
    const shown = new Set<string>();
    for (const hit of hits) {
      const passage = own.get(hit.url.split('#')[1] ?? '');
      if (shown.has(hit.excerpt) && passage) hit.excerpt = passageOpening(passage);
      shown.add(hit.excerpt);
    }
    return { url: page.url, title: page.meta.title, chapter: page.filters.chapter?.[0], hits };
  });
  // Pagefind drops the pieces of a query it does not know and matches the rest,
  // so a word the report never uses still finds pages; keep only what holds the
  // whole query, unless the reader typed several words and no place has them all.
  const anyExact = groups.some((g) => g.hits.some((h) => h.exact));
  const several = /\S\s+\S/.test(query);
  const kept = groups.map((g) => ({ ...g, hits: anyExact ? g.hits.filter((h) => h.exact) : several ? g.hits : [] }));
  return kept.filter((g) => g.hits.length > 0).sort((a, b) => b.hits[0]!.score - a.hits[0]!.score);
}
