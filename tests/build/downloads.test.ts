import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, expect, it } from 'vitest';
import { DIST, readPage, requireDist } from '../helpers/dist.ts';
import { realDatasets } from '../helpers/real-datasets.ts';

beforeAll(requireDist);

const datasets = realDatasets();
const descriptor = () => JSON.parse(readFileSync(join(DIST, 'data/datapackage.json'), 'utf8'));

it('the 图表目录 page lists every numbered figure once, linking to its own page', () => {
  const links = [...readPage('figures/index.html').querySelectorAll('.figure-list .figure-list-link')].filter((a) => /^图/.test(a.querySelector('.figure-list-number')?.textContent ?? ''));
  const numbers = links.map((a) => a.querySelector('.figure-list-number')!.textContent);
  expect(numbers.toSorted()).toEqual(datasets.map((d) => d.dataset.figure).toSorted());
  for (const a of links) expect(a.getAttribute('href')).toMatch(/^\/figures\/fig-\d+-\d+\/$/);
});

it('datapackage.json describes every dataset, its fields matching the CSV header', () => {
  const pkg = descriptor();
  expect(pkg.profile).toBe('tabular-data-package');
  expect(pkg.licenses[0].title).toContain('艾瑞咨询');
  expect(pkg.resources.map((r: { name: string }) => r.name).toSorted()).toEqual(datasets.map((d) => d.id));
  for (const resource of pkg.resources) {
    const csv = readFileSync(join(DIST, 'data', resource.path), 'utf8');
    const header = csv.split('\r\n')[0]!.split(',');
    expect(header, resource.name).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
    expect(resource.sources[0].title.length).toBeGreaterThan(0);
  }
});

it('the CSV readers download starts with a BOM, for Excel; the Data Package\'s copy is the same text without it', () => {
  for (const { id } of datasets) {
    const offered = readFileSync(join(DIST, 'data', `${id}.csv`), 'utf8');
    expect(offered.startsWith('\uFEFF'), id).toBe(true);
    const resource = descriptor().resources.find((r: { name: string }) => r.name === id);
    expect(`\uFEFF${readFileSync(join(DIST, 'data', resource.path), 'utf8')}`, id).toBe(offered);
  }
});

it('datapackage.json links each chart’s own page, embed page and citation files, each a file of the built site', () => {
  const site = new URL(readPage('index.html').querySelector('link[rel="canonical"]')!.getAttribute('href')!).origin;
  const file = (url: string) => {
    expect(url.startsWith(`${site}/`), url).toBe(true);
    const path = new URL(url).pathname;
    return join(DIST, path.endsWith('/') ? `${path}index.html` : path);
  };
  for (const resource of descriptor().resources) {
    const anchor = `fig-${datasets.find((d) => d.id === resource.name)!.dataset.figure.replace(/^图/, '')}`;
    expect(new URL(resource.homepage).pathname).toBe(`/figures/${anchor}/`);
    expect(new URL(resource.embed).pathname).toBe(`/embed/${anchor}/`);
    expect(resource.citations.map((c: { format: string }) => c.format)).toEqual(['BibTeX', 'RIS', 'CSL-JSON']);
    expect(resource.citations.map((c: { url: string }) => new URL(c.url).pathname)).toEqual(['bib', 'ris', 'json'].map((ext) => `/cite/${anchor}.${ext}`));
    for (const url of [resource.homepage, resource.embed, ...resource.citations.map((c: { url: string }) => c.url)]) {
      expect(readFileSync(file(url), 'utf8').length, url).toBeGreaterThan(0);
    }
  }
});

it('the zip holds every file of /data/ but its page: datapackage.json with its CSVs and every download, byte for byte', () => {
  const files = unzipSync(readFileSync(join(DIST, 'data/report-datasets.zip')));
  const served = readdirSync(join(DIST, 'data'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !['report-datasets.zip', 'index.html'].includes(e.name))
    .map((e) => relative(join(DIST, 'data'), join(e.parentPath, e.name)));
  expect(Object.keys(files).sort()).toEqual(served.sort());
  expect(served.length).toBe(1 + 3 * datasets.length);
  for (const name of served) expect(Buffer.from(files[name]!).equals(readFileSync(join(DIST, 'data', name))), name).toBe(true);
  expect(JSON.parse(strFromU8(files['datapackage.json']!))).toEqual(descriptor());
});
