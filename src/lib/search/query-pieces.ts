/**
 * How many words a query splits into, as Pagefind splits it in the browser
 * (Intl.Segmenter, word-like pieces only): a section that has that many
 * matched words in a row contains the query as a phrase.
 */
export function queryPieces(query: string): number {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(query)].filter((s) => s.isWordLike).length;
}
