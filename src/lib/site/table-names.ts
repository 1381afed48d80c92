/**
 * A table cell no wider than this many ideographs holds a name (模型类别, DeepSeek Coder V2, 互联网科技大厂,
 * B端与C端), read as one word: set on one line, it widens its column rather than break (模型类 / 别,
 * DeepSeek / LLM). Longer cells are text and wrap.
 */
export const TABLE_NAME_MAX_EMS = 10;

/** The class that keeps a table's name cell on one line (styles/typography.css). */
export const TABLE_NAME_CLASS = 'table-name';

/** A text's width in ideographs: an ideograph or full-width sign is one, any other character about half. */
export const textEms = (text: string): number => [...text.trim()].reduce((ems, c) => ems + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(c) ? 1 : 0.55), 0);

/** Whether a cell's text is a name, kept on one line. */
export const isTableName = (text: string): boolean => {
  const ems = textEms(text);
  return ems > 0 && ems <= TABLE_NAME_MAX_EMS;
};

/** The class of a component table's cell: the name class for a name, none for text. */
export const nameClass = (text: string): string | undefined => (isTableName(text) ? TABLE_NAME_CLASS : undefined);
