import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { ANCHOR_COMMENT } from '../lib/text/heading-anchor.ts';

/**
 * Stable ASCII anchors for Chinese headings: `## 标题 {/* #policy *\/}`.
 *
 * MDX reads `{#id}` as a JavaScript expression, so the id is written as an MDX
 * comment expression at the end of the heading. This plugin removes that
 * expression and sets the heading's id, which Astro's heading collector keeps
 * for the table of contents instead of slugging the Chinese text.
 */
const ANCHOR = new RegExp(`^${ANCHOR_COMMENT}$`);

export function remarkHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'mdxTextExpression') return;
      const match = ANCHOR.exec(last.value.trim());
      if (!match) return;
      heading.children.pop();
      const before = heading.children.at(-1);
      if (before?.type === 'text') before.value = before.value.trimEnd();
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: match[1] } };
    });
  };
}
