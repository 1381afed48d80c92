import { chartKey, chartLegend } from '../../components/charts/chart-legend.ts';
import { chartPanels } from '../../components/charts/chart-types.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import type { CitationRecord } from '../cite/report-citation.ts';
import { figureHeading } from '../figures/figure-heading.ts';
import { renderSvg } from '../plot/render-svg.ts';
import { drawFigureImage } from './draw-figure-image.ts';
import type { ImageLayoutName } from './figure-image.ts';

/** A chart's image in a layout: number, title, unit, legend, key, 来源, citation and URL around its panels. */
export function chartImageSvg(dataset: Dataset, cited: CitationRecord, layout: ImageLayoutName): string {
  const parts = { label: dataset.figure, title: dataset.title, unit: dataset.unit, legend: chartLegend(dataset), key: chartKey(dataset), source: dataset.source };
  return drawFigureImage(parts, cited, (width) => ({ plotPanels: chartPanels(dataset, width).map((panel) => renderSvg(panel, figureHeading(parts))) }), layout);
}
