import type * as Plot from '@observablehq/plot';
import type { ChartType } from '../../schemas/chart.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { barRateSpec } from './bar-rate-spec.ts';
import { barSpec } from './bar-spec.ts';
import { columnsSpec } from './columns-spec.ts';
import { lineSpec } from './line-spec.ts';
import { stackSpec } from './stack-spec.ts';

const SPECS: Record<ChartType, (dataset: Dataset, width: number) => Plot.PlotOptions[]> = {
  bar: barSpec,
  stack: stackSpec,
  line: lineSpec,
  'bar-rate': barRateSpec,
  columns: columnsSpec,
};

/** The Plot options of a dataset's chart at a given width: one panel, or aligned panels. */
export function chartPanels(dataset: Dataset, width: number): Plot.PlotOptions[] {
  return SPECS[dataset.chart.type](dataset, width);
}
