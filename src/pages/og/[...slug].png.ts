import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { REPORT } from '../../lib/cite/report-citation.ts';
import { cardFont } from '../../lib/social/card-font.ts';
import { cardSvg } from '../../lib/social/card-svg.ts';

const fonts = { regular: cardFont(400), bold: cardFont(700) };

/** /og/<page>.png: each page's social card (Open Graph, Twitter), drawn at build time. */
export const getStaticPaths = (async () => {
  const pages = await getCollection('docs', (page) => page.id !== '404');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { data } = (props as { page: Awaited<ReturnType<typeof getStaticPaths>>[number]['props']['page'] }).page;
  const svg = cardSvg(
    { publisher: REPORT.author, report: REPORT.title, chapter: data.chapter, title: data.title, summary: data.summary },
    fonts,
  );
  const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
