/** How a note that the report itself prints under a figure begins, in a data file's `notes`. */
const REPORT_NOTE = /^(注释（原图）|原图说明)：/;

/**
 * A figure's note as the reader meets it: the report's own note as the report labels it, any other
 * (a check, a decoding decision, a disagreement with the prose) as the site's, 编者注.
 */
export function figureNoteText(note: string): string {
  return REPORT_NOTE.test(note) ? note : `编者注：${note}`;
}
