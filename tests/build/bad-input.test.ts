import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';

const ROOT = join(import.meta.dirname, '../..');
let copy: string;

/**
 * A throwaway copy of the site inside the repo (so it resolves the repo's
 * node_modules; a symlinked node_modules confuses Vite), to break one input and build.
 */
function siteCopy(): string {
  const parent = join(import.meta.dirname, '__output__');
  mkdirSync(parent, { recursive: true });
  copy = mkdtempSync(join(parent, 'site-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  return copy;
}

function build(dir: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: buildEnv(),
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => rmSync(copy, { recursive: true, force: true }));

it('astro build fails naming the page and the id when MDX cites a dataset that does not exist', () => {
  const dir = siteCopy();
  writeFileSync(
    join(dir, 'src/content/docs/broken.mdx'),
    "---\ntitle: 坏页面\nsummary: 测试\n---\nimport { Figure } from '../../components/mdx';\n\n<Figure id=\"no-such-data\" />\n",
  );
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toContain('src/content/docs/broken.mdx: <Figure id="no-such-data" /> 引用的数据集不存在');
  expect(output).toContain('已有的数据集：ai-arrival-events');
});

it('astro build fails naming the data file and field when shares of one whole do not add up', () => {
  const dir = siteCopy();
  const file = join(dir, 'src/content/datasets/ai-chip-share-2024.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"share": 51.3', '"share": 52.3'));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/ai-chip-share-2024/);
  expect(output).toContain('"全部" 的各项占比合计 101%，应为 100%');
});

it('astro build fails naming the diagram file, the field and the allowed values when a stage status is unknown', () => {
  const dir = siteCopy();
  const file = join(dir, 'src/content/diagrams/physical-ai-roadmap.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"status": "试验中"', '"status": "测试中"'));
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toMatch(/physical-ai-roadmap/);
  expect(output).toMatch(/stages\.3\.status/);
  expect(output).toContain('status 只能是 "已实现"、"发展中"、"试验中" 或 "长期愿景"');
});

it('astro build fails naming the page and the id when MDX cites a diagram that does not exist', () => {
  const dir = siteCopy();
  writeFileSync(
    join(dir, 'src/content/docs/broken.mdx'),
    "---\ntitle: 坏页面\nsummary: 测试\n---\nimport { Diagram } from '../../components/mdx';\n\n<Diagram id=\"no-such-diagram\" />\n",
  );
  const { status, output } = build(dir);
  expect(status).not.toBe(0);
  expect(output).toContain('src/content/docs/broken.mdx: <Diagram id="no-such-diagram" /> 引用的图示不存在');
  expect(output).toContain('已有的图示：ai-safety-risks');
});
