import { expect, it } from 'vitest';
import { partRecord } from '../../src/lib/cite/report-citation.ts';
import { chartImageSvg } from '../../src/lib/export/chart-image.ts';
import { realDatasets } from '../helpers/real-datasets.ts';
import { expectSnapshot } from './expect-snapshot.ts';
import { normaliseSvg } from './normalise-svg.ts';

const gdp = realDatasets().find((d) => d.id === 'gdp-2014-2024')!.dataset;
const cited = partRecord('fig-1-1', `${gdp.figure} ${gdp.title}`, 'https://example.org/figures/fig-1-1/', { first: 8, last: 8 });

// The glyphs' outlines are the font's (tests/unit/glyph-outlines.test.ts checks them): the snapshot keeps
// their ids, and so every placement, but not their path data.
const withoutGlyphShapes = (svg: string) => svg.replace(/(<path id="[^"]+") d="[^"]*"/g, '$1');

it('draws 图1-1 as a slide image as stored (words, legend, the chart’s two panels, outlined text)', () => {
  const svg = chartImageSvg(gdp, cited, 'slide');
  expectSnapshot('image-gdp-2014-2024-slide', normaliseSvg(withoutGlyphShapes(svg)));
});

it('draws the phone image from the chart drawn for the phone column', () => {
  const slide = chartImageSvg(gdp, cited, 'slide');
  const phone = chartImageSvg(gdp, cited, 'phone');
  expect(phone).toMatch(/^<svg [^>]*viewBox="0 0 1080 1920"/);
  expect(phone.match(/<svg y="[\d.]+" overflow="visible" [^>]*viewBox="0 0 288 /g)?.length).toBeGreaterThan(0);
  expect(slide.match(/<svg y="[\d.]+" overflow="visible" [^>]*viewBox="0 0 600 /g)?.length).toBeGreaterThan(0);
});
