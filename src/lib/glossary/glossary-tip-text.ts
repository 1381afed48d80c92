import type { GlossaryTerm } from '../../schemas/glossary-term.ts';

/**
 * What a term's tooltip says: the term, its full name in brackets, then the report's
 * definition; a definition that already opens with the term ("LLMOps是…") stands alone.
 * An editorial gloss fills in what the report does not give; the tooltip labels it
 * (EDITORIAL_LABEL) apart from this text.
 */
export function glossaryTipText({ term, name, definition, editorial }: Pick<GlossaryTerm, 'term' | 'name' | 'definition' | 'editorial'>): string {
  const fullName = name ?? editorial?.name;
  const text = definition ?? editorial?.definition;
  const head = fullName ? `${term}（${fullName}）` : term;
  if (!text) return head;
  return !fullName && text.startsWith(term) ? text : `${head}：${text}`;
}
