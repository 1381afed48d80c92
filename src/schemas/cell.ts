import { z } from 'astro/zod';

/** A value worked out from other figures of the report rather than read off it. */
export const derivedValueSchema = z.strictObject({
  /** The derived number, in the column's unit. */
  value: z.number(),
  /** How it was derived, for readers: inputs and arithmetic, e.g. "2024年值 ÷ (1+26.2%)". */
  derived: z.string().min(4),
});

/**
 * One cell: a category label, a number read off the report, a derived number,
 * or null where the report gives no value (e.g. the growth rate of a series' first year).
 */
export const cellSchema = z.union([z.string(), z.number(), derivedValueSchema, z.null()], {
  error: '单元格应为文字、数字、null（报告未给出），或推算值 {"value": 数字, "derived": "推算方法"}',
});

export type DerivedValue = z.infer<typeof derivedValueSchema>;
export type Cell = z.infer<typeof cellSchema>;
