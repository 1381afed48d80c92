import { z } from 'astro/zod';

const key = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

/** Horizontal bars, one per category; with `series`, bars grouped per category. */
const barChart = z.strictObject({
  type: z.literal('bar'),
  /** Category column: one bar (or group) per value. */
  category: key,
  /** Value column: the bar's length. */
  value: key,
  /** Optional column whose values split each category into side-by-side bars. */
  series: key.optional(),
  /** Optional text column shown with the value in tooltips, e.g. an event's date. */
  detail: key.optional(),
});

/** Bars stacked to 100%: shares of one whole per category (or of a single whole). */
const stackChart = z.strictObject({
  type: z.literal('stack'),
  /** Category column: one stacked bar per value. Absent: a single bar. */
  category: key.optional(),
  /** Value column: each part's share, in %. */
  value: key,
  /** Column naming the parts of the whole. */
  series: key,
});

/** A line over ordered categories (years), each point labelled. */
const lineChart = z.strictObject({
  type: z.literal('line'),
  /** Ordered category column on the x axis, e.g. years. */
  x: key,
  /** Value column on the y axis. */
  value: key,
});

/** Columns of a value with its growth rate in an aligned panel beneath (no dual axis). */
const barRateChart = z.strictObject({
  type: z.literal('bar-rate'),
  /** Ordered category column on the shared x axis, e.g. years. */
  x: key,
  /** Value column drawn as columns in the upper panel. */
  value: key,
  /** Rate column (%) drawn as a line in the lower panel. */
  rate: key,
});

/** Several values of the same periods (e.g. number and amount of tenders) as aligned column panels. */
const columnsChart = z.strictObject({
  type: z.literal('columns'),
  /** Ordered category column on the shared x axis, e.g. months. */
  x: key,
  /** Value columns, one panel each, top to bottom. */
  values: z.array(key).min(2),
});

/** How the figure is drawn; each type names the columns it reads. */
export const chartSchema = z.discriminatedUnion('type', [barChart, stackChart, lineChart, barRateChart, columnsChart]);

export type ChartSpec = z.infer<typeof chartSchema>;
export type ChartType = ChartSpec['type'];
