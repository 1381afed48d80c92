import { basename } from 'node:path';
import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { ORIGINAL_PAGES_ANCHOR, pageMarkerLink, pageMarkerText, type OriginalPages } from '../lib/source/original-pages.ts';

/**
 * Under each section heading of the report's text, the page of the original PDF its slide is
 * (lib/source/original-pages.ts), or that it is not known, linking to the note that says how it was
 * derived. Kept out of the search index: it is the site's, not the report's text. Runs before
 * plugins/rehype-chapter-sections.ts, while the headings are children of the file's root, so the
 * marker is inside its section. A report text file's heading the derivation has not placed fails the
 * build, naming the file.
 */
export function rehypeSectionPages({ pages }: { pages: OriginalPages }) {
  return (tree: Root, file: VFile) => {
    const slug = basename(file.path, '.mdx');
    const sections = pages.sections.filter((s) => s.slug === slug);
    if (!file.path.includes('/src/content/docs/') || sections.length === 0) return;
    tree.children = tree.children.flatMap((node) => {
      if (node.type !== 'element' || node.tagName !== 'h2') return [node];
      const section = sections.find((s) => s.anchor === node.properties.id);
      if (!section) throw new Error(`${file.path}: the section heading #${String(node.properties.id)} was not placed on a slide of the source (lib/source/original-pages.ts found ${sections.map((s) => `#${s.anchor}`).join(', ')}).`);
      const marker: Element = {
        type: 'element',
        tagName: 'p',
        properties: { className: ['section-page', 'not-content'], dataPagefindIgnore: '' },
        children: [
          { type: 'text', value: `${pageMarkerText(section.page)}（` },
          { type: 'element', tagName: 'a', properties: { href: `#${ORIGINAL_PAGES_ANCHOR}` }, children: [{ type: 'text', value: pageMarkerLink(section.page) }] },
          { type: 'text', value: '）' },
        ],
      };
      return [node, marker];
    });
  };
}
