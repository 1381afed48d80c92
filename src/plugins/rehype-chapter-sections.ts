import type { Element, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { CHAPTER_SECTION_CLASS } from '../lib/site/skipped-parts.ts';

const isSectionHeading = (node: RootContent): node is Element => node.type === 'element' && node.tagName === 'h2';

/** Every level-2 heading element under `node`, at any depth. */
function* headingsWithin(node: RootContent): Generator<Element> {
  if (isSectionHeading(node)) yield node;
  if ('children' in node) for (const child of node.children as RootContent[]) yield* headingsWithin(child);
}

/**
 * Wraps each level-2 heading of a Markdown or MDX file, and everything after it up to the next one, in a
 * `<section class="chapter-section">`, so a long page can skip laying out the sections off screen
 * (components/overrides/MarkdownContent gives each section its estimated height). It runs before
 * Starlight's own rehype plugins (Starlight appends them to the configured ones), while the headings are
 * still children of the file's root; a heading anywhere else fails the build, naming the file, since a
 * section cut there could not be well formed and would silently not be skipped.
 */
export function rehypeChapterSections() {
  return (tree: Root, file: VFile) => {
    const nested = tree.children.flatMap((node) => (isSectionHeading(node) ? [] : [...headingsWithin(node)]));
    if (nested.length > 0) {
      const texts = nested.map((heading) => JSON.stringify(heading.children.map((c) => ('value' in c ? c.value : '')).join('')));
      throw new Error(
        `${file.path}: level-2 heading ${texts.join(', ')} is not at the top level of the file. Chapter sections start at top-level "## " headings only; move it out of the element around it, or make it a level-3 heading.`,
      );
    }
    const start = tree.children.findIndex(isSectionHeading);
    if (start === -1) return;
    const sections: Element[] = [];
    for (const node of tree.children.slice(start)) {
      if (isSectionHeading(node)) {
        sections.push({ type: 'element', tagName: 'section', properties: { className: [CHAPTER_SECTION_CLASS] }, children: [] });
      }
      sections.at(-1)!.children.push(node as Element);
    }
    tree.children = [...tree.children.slice(0, start), ...sections];
  };
}
