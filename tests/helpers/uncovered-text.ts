/**
 * What is left of a slide's text once every phrase is taken out (longest first, so a phrase
 * inside a longer one does not split it), with whitespace and the given filler characters
 * (list punctuation, stream labels split over lines) dropped. Empty: the phrases cover the slide.
 */
export function uncoveredText(slide: string, phrases: readonly string[], filler = '、，,。；：:…'): string {
  const squash = (s: string) => s.replace(/\s+/g, '');
  let rest = squash(slide);
  for (const phrase of [...new Set(phrases.map(squash))].filter(Boolean).sort((a, b) => b.length - a.length)) {
    rest = rest.replaceAll(phrase, '\u0000');
  }
  const drop = new Set([...filler, '\u0000']);
  return [...rest].filter((c) => !drop.has(c)).join('');
}
