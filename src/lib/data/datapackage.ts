import type { Dataset } from '../../schemas/dataset.ts';
import { issuedText, REPORT } from '../cite/report-citation.ts';
import { figureImages } from '../export/figure-images.ts';
import { CITE_FORMATS, citeFilePath } from '../cite/cite-files.ts';
import { chartAnchor, embedPath, figurePagePath } from '../figures/figure-id.ts';
import { columnHeader } from './column-header.ts';
import { downloadFiles } from './download-files.ts';
import { hasDerived } from './has-derived.ts';

/**
 * What a chart offers besides its data, as its resource lists it, every URL absolute: its own page, its
 * embed page, its images (media type and size in px) and its citation files.
 */
function figureLinks(anchor: string, site: URL | undefined) {
  const url = (path: string) => new URL(path, site).href;
  return {
    homepage: url(figurePagePath(anchor)),
    embed: url(embedPath(anchor)),
    images: figureImages({ kind: 'chart', anchor }).map(({ path, mediatype, width, height }) => ({ url: url(path), mediatype, width, height })),
    citations: CITE_FORMATS.map(({ format, label, mediaType }) => ({ format: label, url: url(citeFilePath(anchor, format)), mediatype: mediaType })),
  };
}

/**
 * A Frictionless Data Package descriptor for all datasets: one CSV resource
 * per figure (the BOM-less copy: see download-files), each field with its title and unit, each
 * resource with its source and what its figure offers besides (figureLinks). The spec lets a descriptor
 * carry properties of its own: `embed`, `images` and `citations` are ours, with absolute URLs (a
 * resource's `path` may not leave the package's folder); `homepage` is the spec's.
 */
export function datapackage(datasets: { id: string; dataset: Dataset }[], site: URL | undefined) {
  return {
    profile: 'tabular-data-package',
    name: 'china-ai-industry-report-2025',
    title: `${REPORT.author}《${REPORT.title}》图表数据`,
    description: '报告中每张数据图表的数值，由网页版编辑自报告原文整理；推算值在“推算说明”列注明推算方法。',
    licenses: [
      {
        name: 'other-closed',
        title: '报告内容版权归艾瑞咨询（iResearch）所有。数据供研究引用，引用请注明来源：艾瑞咨询《2025年中国人工智能产业研究报告》。',
      },
    ],
    sources: [{ title: `${REPORT.author}《${REPORT.title}》（${issuedText(REPORT.issued)}）` }],
    resources: datasets.map(({ id, dataset }) => ({
      profile: 'tabular-data-resource',
      name: id,
      path: downloadFiles(id).packageCsv,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: `${dataset.figure} ${dataset.title}`,
      description: [`单位：${dataset.unit}`, ...dataset.notes].join('；'),
      sources: [{ title: dataset.source }],
      ...figureLinks(chartAnchor(dataset.figure), site),
      schema: {
        fields: [
          ...dataset.columns.map((c) => ({
            name: columnHeader(c),
            title: c.label,
            type: c.unit ? 'number' : 'string',
            ...(c.unit ? { unit: c.unit } : {}),
          })),
          ...(hasDerived(dataset) ? [{ name: '推算说明', title: '推算说明', type: 'string' }] : []),
        ],
      },
    })),
  };
}
