import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST } from './dist.ts';

interface PagefindResult {
  url: string;
  content: string;
  sub_results: { url: string; title: string }[];
  meta: { title: string };
  filters: Record<string, string[]>;
  excerpt: string;
}

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

/**
 * The built site's real Pagefind index, queried from Node: pagefind.js fetches
 * its index files by URL, so file:// URLs are read from dist/, and it picks the
 * language index from <html lang>, so a minimal `document` reports zh-CN.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const body = await readFile(new URL(url));
    const type = url.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
    return new Response(body, { headers: { 'Content-Type': type } });
  }) as typeof fetch;
  (globalThis as { document?: unknown }).document ??= {
    currentScript: null,
    querySelector: (selector: string) => (selector === 'html' ? { getAttribute: () => 'zh-CN' } : null),
  };
  const pagefind = (await import(pathToFileURL(join(DIST, 'pagefind/pagefind.js')).href)) as Pagefind;
  // Result URLs as the site serves them, not as file paths.
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init();
  return pagefind;
}

/** URLs of the pages a query finds, best first. */
export async function searchUrls(pagefind: Pagefind, query: string, filters?: Record<string, string>): Promise<string[]> {
  const { results } = await pagefind.search(query, filters ? { filters } : undefined);
  return Promise.all(results.map(async (r) => (await r.data()).url));
}
