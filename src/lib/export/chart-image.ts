import { chartKey, chartLegend } from '../../components/charts/chart-legend.ts';
import { chartPanels } from '../../components/charts/chart-types.ts';
import type { Dataset } from '../../schemas/dataset.ts';
import { gbt7714 } from '../cite/citation-formats.ts';
import type { CitationRecord } from '../cite/report-citation.ts';
import { renderSvg } from '../plot/render-svg.ts';
import { drawFigureImage } from './draw-figure-image.ts';
import type { ImageLayoutName } from './figure-image.ts';

/** A chart's image in a layout: number, title, unit, legend, key, 来源, citation and URL around its panels. */
export function chartImageSvg(dataset: Dataset, cited: CitationRecord, layout: ImageLayoutName): string {
  const words = {
    label: dataset.figure,
    title: dataset.title,
    unit: dataset.unit,
    legend: chartLegend(dataset),
    key: chartKey(dataset),
    source: dataset.source,
    citation: gbt7714(cited, '引用日期'),
    url: cited.url,
  };
  const label = `${dataset.figure} ${dataset.title}`;
  return drawFigureImage(dataset.figure, words, (width) => ({ plotPanels: chartPanels(dataset, width).map((panel) => renderSvg(panel, label)) }), layout);
}
