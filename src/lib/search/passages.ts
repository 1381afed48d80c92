import { escapeHtml } from './escape-html.ts';
import type { PagefindAnchor, PagefindPage } from './pagefind-types.ts';

/** Characters of a passage shown either side of the match in an excerpt. */
const EXCERPT_RADIUS = 32;

/** Whether a Pagefind anchor is a heading (h1–h6), which starts a section. */
export const isHeading = (a: PagefindAnchor) => /^h[1-6]$/.test(a.element);

/** What a search result can show of its place on the page. */
export interface Passage {
  /** The place's text: a section's from its heading to the next heading, a figure's from its title to the next anchor. */
  text: string;
  /** For a section: its own prose, without its heading or the figures in it. */
  prose?: string;
}

/**
 * Where `text` stands as a block of its own (a heading) at or after `from`: Pagefind joins blocks with a
 * space, putting ". " after a block that ends without punctuation of its own. A block after a formula
 * follows KaTeX's text with no space: failing a spaced match, the first followed by ". " is taken.
 */
function blockAt(content: string, text: string, from: number): number {
  let unspaced = -1;
  for (let at = content.indexOf(text, from); at >= 0; at = content.indexOf(text, at + 1)) {
    const after = content[at + text.length];
    const ends = after === undefined || after === '.' || after === ' ';
    if (ends && (at === 0 || content[at - 1] === ' ')) return at;
    if (unspaced < 0 && content.startsWith('. ', at + text.length)) unspaced = at;
  }
  return unspaced;
}

/**
 * Each section's and figure's own text on a Pagefind page, by anchor id. Headings are found in order as
 * blocks of their own, so a heading that repeats finds its own place; the keyword list under the page's
 * title, which names sections (字节跳动, 豆包…), is skipped. Each figure is found by its title inside its
 * section.
 */
export function passages(page: Pick<PagefindPage, 'content' | 'anchors' | 'meta'>): Map<string, Passage> {
  const { content } = page;
  const keywords = page.meta.keywords ? page.meta.keywords.split('、').join('. ') : undefined;
  const ordered = [...page.anchors].sort((a, b) => a.location - b.location);
  const headings: { anchor: PagefindAnchor; at: number }[] = [];
  let cursor = 0;
  for (const anchor of ordered.filter(isHeading)) {
    const at = blockAt(content, anchor.text, cursor);
    if (at < 0) continue;
    headings.push({ anchor, at });
    cursor = at + anchor.text.length;
    const listed = anchor.element === 'h1' && keywords ? content.indexOf(keywords, cursor) : -1;
    if (listed >= 0) cursor = listed + keywords!.length;
  }
  const result = new Map<string, Passage>();
  headings.forEach(({ anchor, at }, i) => {
    const end = headings[i + 1]?.at ?? content.length;
    const figures: { id: string; at: number }[] = [];
    let from = at + anchor.text.length;
    for (const figure of ordered.filter((a) => a.element === 'figure' && a.location >= anchor.location && (!headings[i + 1] || a.location < headings[i + 1]!.anchor.location))) {
      const title = page.meta[figure.id];
      const found = title ? content.indexOf(title, from) : -1;
      if (found < 0 || found >= end) continue;
      figures.push({ id: figure.id, at: found });
      from = found + title!.length;
    }
    figures.forEach((figure, f) => result.set(figure.id, { text: content.slice(figure.at, figures[f + 1]?.at ?? end) }));
    const withoutKeywords = (text: string) => (anchor.element === 'h1' && keywords ? text.replace(keywords, '') : text);
    result.set(anchor.id, { text: withoutKeywords(content.slice(at, end)), prose: withoutKeywords(content.slice(at + anchor.text.length, figures[0]?.at ?? end)) });
  });
  return result;
}

/**
 * An HTML excerpt of `text` around the first place it holds `query` (or, failing that, the longest of
 * the query's space-separated words), the match in <mark>; undefined where neither occurs.
 */
export function excerptAround(text: string, query: string): string | undefined {
  const lower = text.toLowerCase();
  const candidates = [query.trim(), ...query.trim().split(/\s+/).sort((a, b) => b.length - a.length)].filter(Boolean);
  for (const candidate of candidates) {
    const at = lower.indexOf(candidate.toLowerCase());
    if (at < 0) continue;
    const from = Math.max(0, at - EXCERPT_RADIUS);
    const to = Math.min(text.length, at + candidate.length + EXCERPT_RADIUS);
    const [before, match, after] = [text.slice(from, at), text.slice(at, at + candidate.length), text.slice(at + candidate.length, to)].map(escapeHtml);
    return `${from > 0 ? '…' : ''}${before!.replace(/^[.\s]+/, '')}<mark>${match}</mark>${after}${to < text.length ? '…' : ''}`;
  }
  return undefined;
}

/** The start of a passage's prose (or its text), as an HTML excerpt without a match. */
export function passageOpening(passage: Passage): string {
  const opening = (passage.prose || passage.text).replace(/^[.\s]+/, '');
  return `${escapeHtml(opening.slice(0, 2 * EXCERPT_RADIUS))}${opening.length > 2 * EXCERPT_RADIUS ? '…' : ''}`;
}

/**
 * A result's excerpt from its passage: around the match in the section's own prose, else in all its
 * text, else the start of its prose (the words Pagefind matched one by one are not together there).
 */
export function passageExcerpt(passage: Passage | undefined, query: string): string | undefined {
  if (!passage) return undefined;
  return (passage.prose !== undefined ? excerptAround(passage.prose, query) : undefined) ?? excerptAround(passage.text, query) ?? passageOpening(passage);
}
