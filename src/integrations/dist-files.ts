import { readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';

/** Every file of a built site, as sorted "/"-separated paths relative to its root ("macro/index.html"). */
export async function distFiles(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length).replace(/^[\\/]/, '').split(sep).join('/'))
    .sort();
}
