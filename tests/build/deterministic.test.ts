import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildEnv } from '../helpers/build-env.ts';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(import.meta.dirname, '__output__/deterministic');

function build(dir: string): void {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: buildEnv(),
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
}

function hashes(dir: string): Map<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(d, e.name)) : [join(d, e.name)]));
  return new Map(walk(dir).map((f) => [relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

afterAll(() => rmSync(OUT, { recursive: true, force: true }));

it('two clean builds produce byte-identical output', () => {
  build(join(OUT, 'a'));
  build(join(OUT, 'b'));
  const a = hashes(join(OUT, 'a'));
  const b = hashes(join(OUT, 'b'));
  console.log(`deterministic build: ${a.size} files compared`);
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const differing = [...a].filter(([file, hash]) => b.get(file) !== hash).map(([file]) => file);
  expect(differing).toEqual([]);
  // Two full builds: well under a minute on an idle machine, several on a busy one.
}, 240_000);
