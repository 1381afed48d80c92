import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import { EDITORIAL_LABEL } from '../lib/glossary/editorial-gloss.ts';
import { firstTermMatch } from '../lib/glossary/first-term-match.ts';
import { glossaryTipText } from '../lib/glossary/glossary-tip-text.ts';
import type { GlossaryTerm } from '../schemas/glossary-term.ts';
import { baseRoot } from '../lib/site/with-base.ts';

export interface GlossaryLinkOptions {
  /** The glossary's entries, from `src/content/glossary/terms.json`. */
  terms: readonly GlossaryTerm[];
  /** The glossary page's id in the docs collection, e.g. "glossary"; its own file is left alone. */
  glossaryPage: string;
  /** The site's base path (BASE_PATH), e.g. "/" or "/report/". */
  base: string;
}

/** Where a term is not linked: headings, links and controls, code, formulas, figures and their charts. */
const SKIPPED_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'button', 'code', 'pre', 'kbd', 'figure', 'svg', 'math', 'script', 'style']);
const SKIPPED_CLASSES = /\b(katex|math-inline|math-display)\b/;

/** The label that opens a tooltip quoting the editors rather than the report. */
const editorialLabel = (): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['glossary-label'] },
  children: [{ type: 'text', value: EDITORIAL_LABEL }],
});

type Parent = Root | Element | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; name: string | null; children: RootContent[] };

/** MDX components (capitalised) render their own markup, e.g. figures and slide subtitles: not entered. */
function entered(node: RootContent): boolean {
  if (node.type === 'element') {
    const className = String(node.properties.className ?? '').replaceAll(',', ' ');
    return !SKIPPED_TAGS.has(node.tagName) && !SKIPPED_CLASSES.test(className);
  }
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    return !!node.name && /^[a-z]/.test(node.name) && !SKIPPED_TAGS.has(node.name);
  }
  return false;
}

/**
 * Links the first occurrence of each glossary term on a page to its entry on the
 * glossary page, with the report's definition beside it as a tooltip: shown on
 * hover and keyboard focus by CSS, named by `aria-describedby`, kept out of the
 * search index. Without CSS or JavaScript it is a plain link to the entry.
 * A gloss written by the editors opens with its label (编者释义).
 * The glossary page itself is left alone.
 */
export function rehypeGlossaryLinks({ terms, glossaryPage, base }: GlossaryLinkOptions) {
  const byId = new Map(terms.map((t) => [t.id, t]));
  const glossaryPath = `${baseRoot(base)}${glossaryPage}/`;
  return (tree: Root, file: VFile) => {
    // The page's file name keeps tooltip ids unique where pages are joined (the print edition).
    const page = /([^/\\]+)\.mdx?$/.exec(file.path ?? '')?.[1] ?? 'page';
    if (page === glossaryPage) return;
    const linked = new Set<string>();

    const tip = (entry: GlossaryTerm, text: string): Element => {
      const tipId = `glossary-tip-${page}-${entry.id}`;
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: ['glossary-term'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: { href: `${glossaryPath}#${entry.id}`, ariaDescribedBy: [tipId] },
            children: [{ type: 'text', value: text }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { id: tipId, role: 'tooltip', className: ['glossary-tip'], dataPagefindIgnore: '' },
            children: [
              ...(entry.editorial ? [editorialLabel()] : []),
              { type: 'text', value: glossaryTipText(entry) },
            ],
          },
        ],
      };
    };

    /** Splits one text node at its first unlinked term, repeatedly; returns the replacement nodes. */
    const split = (node: Text): ElementContent[] => {
      const out: ElementContent[] = [];
      let rest = node.value;
      for (let match = firstTermMatch(rest, terms, linked); match; match = firstTermMatch(rest, terms, linked)) {
        linked.add(match.id);
        if (match.index > 0) out.push({ type: 'text', value: rest.slice(0, match.index) });
        out.push(tip(byId.get(match.id)!, match.text));
        rest = rest.slice(match.index + match.text.length);
      }
      if (out.length === 0) return [node];
      if (rest) out.push({ type: 'text', value: rest });
      return out;
    };

    const walk = (parent: Parent) => {
      const children: RootContent[] = [];
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'text') children.push(...split(child));
        else {
          if ('children' in child && entered(child)) walk(child as Parent);
          children.push(child);
        }
      }
      parent.children = children as typeof parent.children;
    };
    walk(tree);
  };
}
