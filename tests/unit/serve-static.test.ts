import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from '../../scripts/lib/static-server.ts';

// The test server stands in for a static host in the browser tests and the Lighthouse audit, so it
// must answer as one: gzip for text when asked, the site's own 404 page as HTML, fonts as they are.
const root = mkdtempSync(join(tmpdir(), 'serve-static-'));
mkdirSync(join(root, 'macro'));
writeFileSync(join(root, 'macro', 'index.html'), '<p>宏观环境</p>');
writeFileSync(join(root, '404.html'), '<p>页面未找到</p>');
writeFileSync(join(root, 'font.woff2'), 'wOF2');

let origin: string;
let close: () => void;
beforeAll(async () => {
  const served = await serveStatic(root, '/report/');
  origin = served.origin;
  close = () => served.server.close();
});
afterAll(() => close());

/** A raw response (Node's http does not decompress), with its body. */
function request(path: string, acceptEncoding?: string): Promise<{ res: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(`${origin}${path}`, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  it('gzips a page for a client that accepts gzip, and sends it plain to one that does not', async () => {
    const zipped = await request('/report/macro/', 'gzip, deflate, br');
    expect(zipped.res.headers['content-encoding']).toBe('gzip');
    expect(zipped.res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(gunzipSync(zipped.body).toString()).toBe('<p>宏观环境</p>');
    const plain = await request('/report/macro/');
    expect(plain.res.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe('<p>宏观环境</p>');
  });

  it('answers a missing page, or one outside the base path, with 404 and the site’s 404 page as HTML', async () => {
    for (const path of ['/report/nope/', '/macro/']) {
      const { res, body } = await request(path, 'gzip');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(gunzipSync(body).toString()).toBe('<p>页面未找到</p>');
    }
  });

  it('sends fonts as they are: they are compressed already', async () => {
    const { res, body } = await request('/report/font.woff2', 'gzip');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe('wOF2');
  });
});
