import type { EditorialGloss } from '../../schemas/glossary-term.ts';

/** The visible label before every gloss the site's editors wrote, on the glossary page and in tooltips. */
export const EDITORIAL_LABEL = '编者释义（报告未给出定义）';

/** An editorial gloss as one line: the full name, then the definition after a colon. */
export function editorialGlossText({ name, definition }: EditorialGloss): string {
  return [name, definition].filter(Boolean).join('：');
}
