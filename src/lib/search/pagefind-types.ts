/** The parts of Pagefind 1.x's result data the site's search uses (pagefind.js ships no types). */
export interface PagefindAnchor {
  /** Tag name of the element carrying the id, e.g. "h2" or "figure". */
  element: string;
  /** The element's id: the URL fragment that leads to it. */
  id: string;
  /** Heading text; empty for other elements. */
  text: string;
  /** Index of the first indexed word inside the element. */
  location: number;
}

export interface PagefindWeightedLocation {
  /** Weight of the element the word is in (headings weigh more than text). */
  weight: number;
  /** Pagefind's score for this one matched word. */
  balanced_score: number;
  /** Index of the matched word in the page. */
  location: number;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  /** HTML excerpt with matched words in <mark>. */
  excerpt: string;
  anchor?: PagefindAnchor;
  locations: number[];
  weighted_locations: PagefindWeightedLocation[];
}

export interface PagefindPage {
  url: string;
  excerpt: string;
  /** The page's indexed text, as one string. */
  content: string;
  /** The page's title, each figure's title under the figure's id (data-pagefind-meta on its caption), a chapter's keywords joined by 、, and repeated sections' topics. */
  meta: { title: string } & Record<string, string>;
  filters: Record<string, string[]>;
  anchors: PagefindAnchor[];
  sub_results: PagefindSubResult[];
}

/** One result of `pagefind.search()`; `data()` loads its fragment. */
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindPage>;
}

export interface PagefindRanking {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

/** The pagefind.js module API the site calls. */
export interface PagefindApi {
  options(options: { baseUrl?: string; excerptLength?: number; ranking?: PagefindRanking }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}
