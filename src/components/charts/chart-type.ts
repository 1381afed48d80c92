import type * as Plot from '@observablehq/plot';
import type { ChartSpec } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';

/** Which column plays which part in a chart: what every consumer of a chart (rows, legend, checks) reads. */
export interface ChartRoles {
  /** Column naming the categories (the x axis or the bars); none for a single whole. */
  category: string | undefined;
  /** Column splitting each category into series (grouped bars, parts of a stack); none for one series. */
  series: string | undefined;
  /** Value columns, in the order they are drawn (one panel each where the type has panels). */
  values: string[];
  /** Text column shown beside a value in its tip (an event's date); none for most types. */
  detail: string | undefined;
}

/** What one chart type (one value of `chart.type` in a dataset) declares: its roles, its drawing and its words. */
export interface ChartTypeDefinition<S extends ChartSpec> {
  /** Which column plays which part. */
  roles(chart: S): ChartRoles;
  /** Plot options of each panel, top to bottom, for a column `width` px wide. */
  panels(dataset: Dataset, chart: S, width: number): Plot.PlotOptions[];
  /** What the figure shows, in words (its text alternative), from the data. */
  describe(dataset: Dataset, chart: S): string;
}

/** One of a chart's panels aligned over a shared x axis (bar-rate, columns): the column it draws and its frame. */
export interface AlignedPanel {
  dataset: Dataset;
  roles: ChartRoles;
  /** The value column the panel draws. */
  valueKey: string;
  /** The shared x domain, in the report's order. */
  categories: string[];
  width: number;
  height: number;
  /** The same for every panel of the chart, so their x axes line up. */
  marginLeft: number;
}
