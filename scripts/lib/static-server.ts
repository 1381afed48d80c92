import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

// What static hosts and CDNs compress on the fly; images and fonts are compressed already.
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.csv', '.svg', '.wasm', '.xml', '.txt']);

/**
 * Serves a folder as any static host would (dir/ → dir/index.html, 404.html, gzip for text),
 * on a free loopback port, under `base` as GitHub Pages serves a project site;
 * `withHeadersFile` also sends the headers of dist/_headers, as Netlify and Cloudflare Pages do.
 */
export async function serveStatic(
  root: string,
  base = '/',
  { withHeadersFile = false } = {},
): Promise<{ origin: string; server: Server }> {
  const rules = withHeadersFile ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const path = url.startsWith(base) ? normalize(`/${url.slice(base.length)}`) : '/\0missing';
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    const served = found ? file : join(root, '404.html');
    const type = extname(served);
    const gzip = COMPRESSED.has(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(found ? 200 : 404, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
      ...headersFor(rules, url),
    });
    const body = createReadStream(served);
    (gzip ? body.pipe(createGzip()) : body).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
