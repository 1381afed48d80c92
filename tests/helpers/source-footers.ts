import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The lines of source/report-2025.txt. */
export const SOURCE_LINES = readFileSync(join(import.meta.dirname, '../../source/report-2025.txt'), 'utf8').split('\n');

/**
 * The page footers the text extraction kept, read here on their own, apart from the site's code:
 * "7©2025.3 iResearch Inc.   www.iresearch.com.cn" on line 224 → { line: 224, page: 7 }.
 */
export const FOOTERS = SOURCE_LINES.flatMap((text, i) => {
  const match = /^(\d+)©2025\.3 iResearch Inc\./.exec(text);
  return match ? [{ line: i + 1, page: Number(match[1]) }] : [];
});

/** The page a line of the source is on, read off the first footer after it: known only up to the last footer. */
export function footerPageOf(line: number): number | undefined {
  return FOOTERS.find((f) => f.line > line)?.page;
}
