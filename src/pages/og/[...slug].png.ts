import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { REPORT } from '../../lib/cite/report-citation.ts';
import { PRINT_EDITION } from '../../lib/site/print-edition.ts';
import { lightPalette } from '../../lib/export/image-palette.ts';
import { RESVG_OPTIONS } from '../../lib/export/png-workers.ts';
import { buildOutlines } from '../../lib/outline/glyph-outlines.ts';
import { cardSvg, type CardText } from '../../lib/social/card-svg.ts';

/** /og/<page>.png: each page's social card (Open Graph, Twitter), drawn at build time. */
export const getStaticPaths = (async () => {
  const pages: { slug: string; data: CardPage }[] = [
    ...(await getCollection('docs', (page) => page.id !== '404')).map(({ id, data }) => ({ slug: id, data })),
    { slug: PRINT_EDITION.id, data: PRINT_EDITION },
  ];
  return pages.map(({ slug, data }) => ({ params: { slug }, props: { data } }));
}) satisfies GetStaticPaths;

/** What a card shows of its page. */
type CardPage = Pick<CardText, 'chapter' | 'title' | 'summary'>;

export const GET: APIRoute = ({ props }) => {
  const { data } = props as { data: CardPage };
  const svg = cardSvg(
    { publisher: REPORT.author, report: REPORT.title, chapter: data.chapter, title: data.title, summary: data.summary },
    buildOutlines,
    lightPalette(),
  );
  const png = new Resvg(svg, RESVG_OPTIONS).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
