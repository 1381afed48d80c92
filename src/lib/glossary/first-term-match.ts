/** A glossary term found in a run of text. */
export interface TermMatch {
  /** The glossary entry's id. */
  id: string;
  /** Offset of the term in the text, in UTF-16 code units. */
  index: number;
  /** The term as found. */
  text: string;
}

const LATIN = /[A-Za-z0-9]/;

/**
 * The earliest occurrence in `text` of a term whose id is not in `skip`; at the
 * same offset the longer term wins. A term starting or ending in a Latin letter
 * or digit must not continue a Latin word ("RL" is not found in "RLHF", "MTP"
 * not in "SMTP"); Chinese terms have no word boundaries to respect.
 */
export function firstTermMatch(
  text: string,
  terms: readonly { id: string; term: string }[],
  skip: ReadonlySet<string> = new Set(),
): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const { id, term } of terms) {
    if (skip.has(id)) continue;
    for (let index = text.indexOf(term); index >= 0; index = text.indexOf(term, index + 1)) {
      const before = text[index - 1] ?? '';
      const after = text[index + term.length] ?? '';
      const glued = (LATIN.test(term[0]!) && LATIN.test(before)) || (LATIN.test(term.at(-1)!) && LATIN.test(after));
      if (glued) continue;
      if (!best || index < best.index || (index === best.index && term.length > best.text.length)) best = { id, index, text: term };
      break;
    }
  }
  return best;
}
