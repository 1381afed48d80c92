import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Copies what `astro build` reads into `dir`, which must lie inside the project so the copy
 * resolves the project's node_modules (a symlinked node_modules confuses Vite).
 */
export function copySite(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'source', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  return dir;
}
