import { chartAnchor } from '../figures/figure-id.ts';

/**
 * The figure anchor a query names by number ("图1-3", "1-3", "图 2－1"), or
 * undefined: such a query should lead to that figure before anything else.
 */
export function figureNumberQuery(query: string): string | undefined {
  const match = /^\s*图?\s*(\d{1,2})\s*[-－–—]\s*(\d{1,2})\s*$/.exec(query);
  return match ? chartAnchor(`图${Number(match[1])}-${Number(match[2])}`) : undefined;
}
