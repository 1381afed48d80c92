import type { APIRoute } from 'astro';
import { withBase } from '../lib/site/with-base.ts';

/** /robots.txt: everything may be crawled; the sitemap is given with the configured origin and base. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase('sitemap-index.xml'), site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
