import { z } from 'astro/zod';

/**
 * One entry of the glossary (术语表): `src/content/glossary/terms.json`, an array of
 * entries keyed by `id`. Names and definitions are quoted from the report, never
 * written for the site; `tests/content/glossary.test.ts` checks each against the source.
 */
export const glossaryTermSchema = z
  .strictObject({
    /** The entry's anchor on the glossary page (/glossary/#rag): lowercase ASCII letters, digits and hyphens. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符，如 "rag"'),
    /** The term as the report prints it, e.g. "RAG"; its first occurrence in each chapter links to the entry. */
    term: z.string().min(1),
    /** The term's full name, quoted from the report, e.g. "Retrieval-Augmented Generation". Default none. */
    name: z.string().min(1).optional(),
    /** The report's own definition or explanation, quoted verbatim. Default none (then `name` is required). */
    definition: z.string().min(1).optional(),
    /** Line of `source/report-2025.txt` where the quoted text begins (1-based). */
    line: z.number().int().positive(),
    /** Where the site shows the quoted text: chapter page id and section anchor, e.g. "industry-value#open-source-models". */
    section: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'section 应为 "页面id#小节锚点"，如 "macro#economy"'),
  })
  .refine((entry) => entry.name ?? entry.definition, {
    message: '每个术语至少要有 name（全称）或 definition（定义）之一',
    path: ['definition'],
  });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
