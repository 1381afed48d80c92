import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { type GlossaryTerm, glossaryTermSchema } from '../../schemas/glossary-term.ts';

/**
 * The glossary file read outside Astro's content layer, for the markdown plugin
 * that links terms (astro.config.mjs cannot use `getCollection`). Bad entries stop
 * the build with the file, the entry and the field named.
 */
export function loadGlossary(path: string): GlossaryTerm[] {
  const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = z.array(glossaryTermSchema).safeParse(raw);
  if (result.success) return result.data;
  const problems = result.error.issues.map(({ path: [index, ...field], message }) => {
    const id = Array.isArray(raw) ? (raw[index as number] as { id?: unknown } | undefined)?.id : undefined;
    return `  第${Number(index) + 1}条${id ? `（${String(id)}）` : ''} ${field.join('.') || '整条'}：${message}`;
  });
  throw new Error(`${path}: 术语表有误\n${problems.join('\n')}`);
}
