import { z } from 'astro/zod';

/** One column of a dataset: the rows' key, what it means and how it is measured. */
export const columnSchema = z.strictObject({
  /** Key of this column in every row: ASCII camelCase, e.g. "gdp". "year" marks a year column (lib/data/year-column). */
  key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'key 须为 ASCII 小驼峰，如 "gdp"'),
  /** Heading in the data table and CSV, e.g. "国内生产总值". */
  label: z.string().min(1),
  /** Unit of a value column, e.g. "亿元", "%", "个". Absent: a category column of text labels. */
  unit: z.string().min(1).optional(),
  /** Decimal places the report prints for this column's values. Default 0. */
  precision: z.number().int().min(0).max(4).default(0),
});

export type Column = z.infer<typeof columnSchema>;
