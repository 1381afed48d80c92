import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const SNAPSHOTS = join(import.meta.dirname, 'snapshots');

/**
 * Stored SVG snapshots of every chart, as files: a change in drawing shows up as
 * a reviewable diff. On mismatch the new output is written beside the old one
 * as .new.svg; a missing snapshot is written locally but fails in CI.
 */
export function expectSnapshot(name: string, svg: string) {
  const file = join(SNAPSHOTS, `${name}.svg`);
  const fresh = join(SNAPSHOTS, `${name}.new.svg`);
  if (!existsSync(file)) {
    if (process.env.CI) throw new Error(`missing snapshot ${file}`);
    writeFileSync(file, svg);
    return;
  }
  const stored = readFileSync(file, 'utf8');
  if (stored === svg) return rmSync(fresh, { force: true });
  writeFileSync(fresh, svg);
  expect(svg, `${name}: output differs from ${file}; review ${fresh} and rename it to accept`).toBe(stored);
}
