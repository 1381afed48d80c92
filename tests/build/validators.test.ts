// The built site checked by validators written by others, so that passing means more than agreeing
// with our own reading of the standards: the Nu Html Checker (HTML), the Frictionless Data client
// (the Data Package), and libxml2 with the sitemaps.org schemas (the sitemaps).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Package } from 'datapackage';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { DIST, htmlPages, requireDist } from '../helpers/dist.ts';
import { realDatasets } from '../helpers/real-datasets.ts';

beforeAll(requireDist);

describe('Nu Html Checker', () => {
  it('finds no error on any built page', () => {
    const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
    const pages = htmlPages();
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...pages.map((p) => join(DIST, p))], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`the Nu Html Checker needs a Java runtime (Debian: apt-get install default-jre-headless): ${run.error.message}`);
    const { messages } = JSON.parse(run.stderr) as { messages: { type: string; url: string; lastLine?: number; message: string }[] };
    const errors = messages.filter((m) => m.type !== 'info').map((m) => `${m.url.replace(`file:${DIST}/`, '')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(pages.length).toBeGreaterThan(10);
    // 84 pages since each figure has its own and an embed page: about 20 s of one core, more on a busy machine.
  }, 180_000);
});

describe('Frictionless Data client (npm datapackage)', () => {
  const datasets = realDatasets();
  let unzipped: string;

  beforeAll(() => {
    unzipped = mkdtempSync(join(import.meta.dirname, '__output__', 'zip-'));
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(join(DIST, 'data/report-datasets.zip'))))) {
      mkdirSync(dirname(join(unzipped, name)), { recursive: true });
      writeFileSync(join(unzipped, name), bytes);
    }
  });
  afterAll(() => rmSync(unzipped, { recursive: true, force: true }));

  // The package as served and as unzipped: each descriptor must name files that sit beside it.
  for (const where of ['dist/data', 'the zip'] as const) {
    it(`reads ${where}'s datapackage.json without error, and every resource casts to its schema`, async () => {
      const folder = where === 'the zip' ? unzipped : join(DIST, 'data');
      const pkg = await Package.load(join(folder, 'datapackage.json'));
      expect(pkg.errors.map((e) => e.message)).toEqual([]);
      expect(pkg.valid).toBe(true);
      expect(pkg.resourceNames.toSorted()).toEqual(datasets.map((d) => d.id));
      for (const resource of pkg.resources) {
        const errors: string[] = [];
        const rows = await resource.read({ keyed: true, cast: true }).catch((e: { message: string; errors?: { message: string }[] }) => {
          errors.push(e.message, ...(e.errors ?? []).map((x) => x.message));
          return [];
        });
        expect(errors, resource.name).toEqual([]);
        const dataset = datasets.find((d) => d.id === resource.name)!.dataset;
        expect(rows, resource.name).toHaveLength(dataset.rows.length);
        // Headers as the client read them: a BOM left in the first one would break every lookup by name.
        expect(Object.keys(rows[0]!), resource.name).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      }
    });
  }
});

describe('sitemaps.org XML Schemas (libxml2)', () => {
  const schemas = join(import.meta.dirname, '../schemas/sitemaps.org');
  for (const [file, schema] of [
    ['sitemap-index.xml', 'siteindex.xsd'],
    ['sitemap-0.xml', 'sitemap.xsd'],
  ] as const) {
    it(`${file} is valid against ${schema}`, async () => {
      const result = await validateXML({
        xml: { fileName: file, contents: readFileSync(join(DIST, file), 'utf8') },
        schema: { fileName: schema, contents: readFileSync(join(schemas, schema), 'utf8') },
      });
      expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
      expect(result.valid).toBe(true);
    });
  }
});
