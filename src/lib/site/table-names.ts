import { textWidth } from '../text/text-width.ts';

/**
 * A table cell no wider than this many ideographs holds a name (模型类别, DeepSeek Coder V2, 互联网科技大厂,
 * B端与C端), read as one word: set on one line, it widens its column rather than break (模型类 / 别,
 * DeepSeek / LLM). Longer cells are text and wrap.
 */
export const TABLE_NAME_MAX_EMS = 10;

/** The class that keeps a table's name cell on one line (styles/typography.css). */
export const TABLE_NAME_CLASS = 'table-name';

/** Whether a cell's text is a name, kept on one line. */
export const isTableName = (text: string): boolean => {
  const ems = textWidth(text.trim(), 1);
  return ems > 0 && ems <= TABLE_NAME_MAX_EMS;
};

/** The class of a component table's cell: the name class for a name, none for text. */
export const nameClass = (text: string): string | undefined => (isTableName(text) ? TABLE_NAME_CLASS : undefined);
