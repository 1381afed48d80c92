/**
 * Phrases printed as separate boxes, joined into one line of text with "、";
 * an ellipsis ("…", "...") closes the list without a separator before it.
 */
export function joinPhrases(phrases: readonly string[]): string {
  return phrases.reduce((line, phrase, i) => (i === 0 || /^(…+|\.{3,})$/.test(phrase) ? line + phrase : `${line}、${phrase}`), '');
}
