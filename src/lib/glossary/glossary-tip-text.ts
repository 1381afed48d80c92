import type { GlossaryTerm } from '../../schemas/glossary-term.ts';

/**
 * What a term's tooltip says: the term, its full name in brackets, then the report's
 * definition; a definition that already opens with the term ("LLMOps是…") stands alone.
 */
export function glossaryTipText({ term, name, definition }: Pick<GlossaryTerm, 'term' | 'name' | 'definition'>): string {
  const head = name ? `${term}（${name}）` : term;
  if (!definition) return head;
  return !name && definition.startsWith(term) ? definition : `${head}：${definition}`;
}
