/**
 * The parts of a long page that are laid out only as the reader nears them (their rules:
 * components/overrides/MarkdownContent). Named here for the code that writes and reads them; the
 * stylesheet spells the same classes.
 */

/** Each level-2 section of a page (written by plugins/rehype-chapter-sections.ts). */
export const CHAPTER_SECTION_CLASS = 'chapter-section';

/** Each chapter of the print edition (components/print/PrintChapter), which holds its sections. */
export const PRINT_CHAPTER_CLASS = 'print-chapter';
