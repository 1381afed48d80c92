import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';

/** Every JSON file of a content folder, by id (file name), parsed by the schema the build uses. */
export function jsonCollection<T>(dir: string, schema: z.ZodType<T>): { id: string; data: T }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ id: file.replace(/\.json$/, ''), data: schema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));
}
