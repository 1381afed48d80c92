/**
 * Prose paragraphs of the PDF text extraction, joined back together.
 *
 * The extraction breaks prose at the PDF's line ends (about 60 characters) and
 * puts blank lines and page footers between the pieces; diagram text comes out
 * as short fragments, chart labels as long runs of space-separated tokens. So a
 * paragraph is a run of full-width prose lines plus the shorter line that ends
 * it, unless the last full line already closed the sentence.
 */

/** A line at least this many characters long is a full line of wrapped prose. */
export const FULL_LINE = 40;

/** Slide source lines and chart label rows are never prose. */
const FOOTER = /iResearch Inc\./;

function isNonProse(line: string): boolean {
  return line.startsWith('来源：') || line.split(/\s+/).length >= 8;
}

/** Wrapped prose always carries Chinese punctuation somewhere in a full line. */
function isProseLine(line: string): boolean {
  return [...line].length >= FULL_LINE && !isNonProse(line) && /[，。；：、“”（）]/.test(line);
}

const SENTENCE_END = /[。！？”]$/;

export interface ProseParagraph {
  /** 1-based line number of the paragraph's first line in the source. */
  line: number;
  /** The paragraph's text, its lines joined with no separator. */
  text: string;
}

export function proseParagraphs(source: string): ProseParagraph[] {
  const paragraphs: ProseParagraph[] = [];
  let current: ProseParagraph | null = null;
  let lastLine = '';
  const close = () => {
    if (current) paragraphs.push(current);
    current = null;
  };
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    // Page footers fall between the lines of a paragraph, like blank lines.
    if (line === '' || FOOTER.test(line)) return;
    const full = isProseLine(line);
    if (full) {
      if (current) current.text += line;
      else current = { line: index + 1, text: line };
      lastLine = line;
      return;
    }
    // A short line ends the paragraph it continues; after a closed sentence, or
    // when it is a footer or label row, it belongs to something else.
    if (current && !SENTENCE_END.test(lastLine) && !isNonProse(line)) current.text += line;
    close();
  });
  close();
  return paragraphs;
}
