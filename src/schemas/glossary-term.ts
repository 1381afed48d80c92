import { z } from 'astro/zod';

/** A gloss written by the site's editors for a term the report uses without defining it. */
export const editorialGlossSchema = z
  .strictObject({
    /** The term's full name, written by the editors, e.g. "Low-Rank Adaptation，低秩适配". Default none. */
    name: z.string().min(1).optional(),
    /** The editors' definition, short and standard. Default none (then `name` is required). */
    definition: z.string().min(1).optional(),
  })
  .refine((gloss) => gloss.name ?? gloss.definition, {
    message: 'editorial（编者释义）至少要有 name（全称）或 definition（释义）之一',
    path: ['definition'],
  });

/**
 * One entry of the glossary (术语表): `src/content/glossary/terms.json`, an array of
 * entries keyed by `id`. `name` and `definition` are quoted from the report, never
 * written for the site; `tests/content/glossary.test.ts` checks each against the source.
 * A term the report uses without defining it may instead carry an `editorial` gloss,
 * which the site labels 编者释义 wherever it shows it.
 */
export const glossaryTermSchema = z
  .strictObject({
    /** The entry's anchor on the glossary page (/glossary/#rag): lowercase ASCII letters, digits and hyphens. */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'id 只能用小写字母、数字和连字符，如 "rag"'),
    /** The term as the report prints it, e.g. "RAG"; its first occurrence in each chapter links to the entry. */
    term: z.string().min(1),
    /** The term's full name, quoted from the report, e.g. "Retrieval-Augmented Generation". Default none. */
    name: z.string().min(1).optional(),
    /** The report's own definition or explanation, quoted verbatim. Default none (then `name` or `editorial` is required). */
    definition: z.string().min(1).optional(),
    /** The editors' own gloss (labelled 编者释义) where the report gives no definition; never quoted. Default none. */
    editorial: editorialGlossSchema.optional(),
    /** Line of `source/report-2025.txt` where the quoted text begins, or for an editorial gloss where the report first uses the term (1-based). */
    line: z.number().int().positive(),
    /** Where the site shows the text at `line`: chapter page id and section anchor, e.g. "industry-value#open-source-models". */
    section: z.string().regex(/^[a-z0-9-]+(#[a-z0-9-]+)?$/, 'section 应为 "页面id#小节锚点"，如 "macro#economy"'),
  })
  .refine((entry) => entry.name ?? entry.definition ?? entry.editorial, {
    message: '每个术语至少要有 name（全称）、definition（定义）或 editorial（编者释义）之一',
    path: ['definition'],
  })
  .refine((entry) => !(entry.definition && entry.editorial), {
    message: 'editorial（编者释义）只用于报告未给出定义的术语：已有 definition 时请删去 editorial',
    path: ['editorial'],
  })
  .refine((entry) => !(entry.name && entry.editorial?.name), {
    message: 'name（全称）已摘自报告，editorial.name 不要重复给出',
    path: ['editorial', 'name'],
  });

export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type EditorialGloss = z.output<typeof editorialGlossSchema>;
