import { z } from 'astro/zod';
import { datasetProblems } from '../lib/data/dataset-problems.ts';
import { cellSchema } from './cell.ts';
import { chartSchema } from './chart.ts';
import { columnSchema } from './column.ts';

/**
 * One figure of the report as data: `src/content/datasets/<id>.json`.
 * The file name is the dataset's id, which MDX pages cite: `<Figure id="…" />`.
 */
export const datasetSchema = z
  .strictObject({
    /** Figure number as the site numbers it, per chapter: "图1-3" is chapter 01's third figure. */
    figure: z.string().regex(/^图\d+-\d+$/, '图号格式应为 "图1-3"（章号-序号）'),
    /** The chart's title as the report prints it. */
    title: z.string().min(1),
    /** Unit of the figure's main values as the report states it, e.g. "亿元", "%", "个". */
    unit: z.string().min(1),
    /** The slide's source line without the "来源：" prefix. */
    source: z.string().min(1),
    /** Reader-facing notes: the site's (caveats, decoding decisions, disagreements with the prose; shown as 编者注), or the report's own, beginning "注释（原图）：" or "原图说明：". Default none. */
    notes: z.array(z.string().min(1)).default([]),
    /** The columns, in table order; categories first. */
    columns: z.array(columnSchema).min(2),
    /** The data, one object per row keyed by column key, in the report's order. */
    rows: z.array(z.record(z.string(), cellSchema)).min(1),
    /** Shares of one whole that must add up to 100 within the report's rounding. */
    shares: z
      .strictObject({
        /** The value column (unit "%") holding the shares. */
        value: z.string(),
        /** Category column that groups rows into wholes; absent: all rows are one whole ("全部"). */
        by: z.string().optional(),
        /** Wholes the report itself prints not adding up to 100, each with a note shown on the figure. Default none. */
        reportedOff: z.array(z.strictObject({ whole: z.string(), note: z.string().min(4) })).default([]),
      })
      .optional(),
    /** How the figure is drawn. */
    chart: chartSchema,
  })
  .superRefine((dataset, ctx) => {
    for (const problem of datasetProblems(dataset)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type Dataset = z.output<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
