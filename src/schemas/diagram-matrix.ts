import { z } from 'astro/zod';

/** One cell of the matrix: a named entry with its explanation, or an explanation alone. */
const entry = z.strictObject({
  /** The entry's name as printed, e.g. "数据隐私保护". Absent: the slide gives the category's text alone. */
  name: z.string().min(1).optional(),
  /** Its explanation as printed. */
  text: z.string().min(1),
});

/** Rows (e.g. 内生安全 / 应用安全) × categories × entries, e.g. a risk matrix. */
export const matrixBody = z.strictObject({
  /** The shape: "matrix". */
  kind: z.literal('matrix'),
  /** Column headings of the table: row, category, entry name, explanation, e.g. ["类别", "风险", "具体问题", "说明"]. */
  headings: z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.string().min(1)]),
  /** The rows in the slide's order. */
  rows: z
    .array(
      z.strictObject({
        /** The row's name as printed, e.g. "内生安全". */
        name: z.string().min(1),
        /** Its categories in order. */
        categories: z
          .array(
            z.strictObject({
              /** The category's name as printed, e.g. "数据安全风险". */
              name: z.string().min(1),
              /** Its entries in order. */
              entries: z.array(entry).min(1),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

export type MatrixBody = z.output<typeof matrixBody>;
